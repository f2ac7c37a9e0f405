package org.kakehashi.calendar;

import java.time.LocalDate;

/** A day the city office is closed on besides Saturdays and Sundays, and why, in Japanese and English. */
public record Closure(LocalDate date, Kind kind, String nameJa, String nameEn) {

    public enum Kind { NATIONAL_HOLIDAY, YEAR_END, CITY }
}
