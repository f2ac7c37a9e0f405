package org.kakehashi.interpreting;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a meeting repeats: every week on the same weekday, or every month on the same weekday of the same week of the
 * month (第2火曜日, the second Tuesday), as city councils' and committees' meetings are set. A meeting in a month's
 * fifth week falls, in a month without one, on the month's last such weekday.
 */
public record Recurrence(Frequency frequency, int count) {

    public static final int MOST = 12;

    public enum Frequency { WEEKLY, MONTHLY }

    public Recurrence {
        Objects.requireNonNull(frequency);
        if (count < 2 || count > MOST) {
            throw new IllegalArgumentException("a series has 2 to " + MOST + " meetings, not " + count);
        }
    }

    /** The days of the meetings, the first one's included. */
    public List<LocalDate> days(LocalDate first) {
        List<LocalDate> days = new ArrayList<>();
        int week = (first.getDayOfMonth() - 1) / 7 + 1;
        for (int i = 0; i < count; i++) {
            days.add(frequency == Frequency.WEEKLY ? first.plusWeeks(i) : sameWeekday(first.plusMonths(i), first, week));
        }
        return days;
    }

    private static LocalDate sameWeekday(LocalDate inMonth, LocalDate first, int week) {
        LocalDate nth = inMonth.with(TemporalAdjusters.dayOfWeekInMonth(week, first.getDayOfWeek()));
        return nth.getMonth() == inMonth.getMonth() ? nth
                : inMonth.with(TemporalAdjusters.lastInMonth(first.getDayOfWeek()));
    }
}
