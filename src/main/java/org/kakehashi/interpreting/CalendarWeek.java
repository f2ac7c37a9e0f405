package org.kakehashi.interpreting;

import org.kakehashi.calendar.JapaneseHolidays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/** A week from Monday to Sunday, within the years whose holidays are known. */
public record CalendarWeek(LocalDate monday) {

    public CalendarWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + monday);
        }
        if (monday.getYear() < JapaneseHolidays.FIRST_YEAR || monday.plusDays(6).getYear() > JapaneseHolidays.LAST_YEAR) {
            throw InterpretingProblem.weekOutOfRange(monday);
        }
    }

    public static CalendarWeek containing(LocalDate day) {
        return new CalendarWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public List<LocalDate> days() {
        return Stream.iterate(monday, day -> day.plusDays(1)).limit(7).toList();
    }

    /** The first instant of the week in the zone. */
    public Instant start(ZoneId zone) {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the week in the zone. */
    public Instant end(ZoneId zone) {
        return monday.plusDays(7).atStartOfDay(zone).toInstant();
    }
}
