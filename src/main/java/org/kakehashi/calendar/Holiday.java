package org.kakehashi.calendar;

import java.time.LocalDate;

/** A national holiday (国民の祝日, or a day the law makes a holiday), named in Japanese and English. */
public record Holiday(LocalDate date, String nameJa, String nameEn) {
}
