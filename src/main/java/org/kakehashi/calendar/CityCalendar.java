package org.kakehashi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * When the city office is open (Local Autonomy Act art. 4-2): not on Saturdays, Sundays, national holidays, the
 * year-end days its ordinance sets (commonly 12/29 to 1/3) or the closed days an administrator adds. A deadline
 * that falls on a closed day moves to the next open day.
 */
public final class CityCalendar {

    public static final MonthDay YEAR_END_FIRST = MonthDay.of(12, 29);
    public static final MonthDay YEAR_END_LAST = MonthDay.of(1, 3);

    private final JapaneseHolidays holidays;
    private final MonthDay yearEndFirst;
    private final MonthDay yearEndLast;
    private final Set<LocalDate> extraClosedDays;

    public CityCalendar(JapaneseHolidays holidays, MonthDay yearEndFirst, MonthDay yearEndLast,
                        Set<LocalDate> extraClosedDays) {
        this.holidays = holidays;
        this.yearEndFirst = yearEndFirst;
        this.yearEndLast = yearEndLast;
        this.extraClosedDays = Set.copyOf(extraClosedDays);
    }

    /** Saturdays, Sundays, national holidays and 12/29–1/3 closed; no closed days of the city's own. */
    public static CityCalendar standard() {
        return new CityCalendar(JapaneseHolidays.byLaw(), YEAR_END_FIRST, YEAR_END_LAST, Set.of());
    }

    public CityCalendar withClosedDays(Set<LocalDate> closedDays) {
        return new CityCalendar(holidays, yearEndFirst, yearEndLast, closedDays);
    }

    public boolean isOpen(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !isYearEnd(MonthDay.from(date))
                && holidays.holiday(date).isEmpty()
                && !extraClosedDays.contains(date);
    }

    public LocalDate nextOpenDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isOpen(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The open day that is {@code days} open days after {@code start}; 0 gives the next open day on or after it. */
    public LocalDate addBusinessDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("business days to add must not be negative: " + days);
        }
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isOpen(day)) {
                counted++;
            }
        }
        return nextOpenDayOnOrAfter(day);
    }

    /** Open days after {@code from} up to and including {@code to}; negative when {@code to} comes first. */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isOpen(day)) {
                count++;
            }
        }
        return count;
    }

    private boolean isYearEnd(MonthDay day) {
        return yearEndFirst.isAfter(yearEndLast)
                ? !day.isBefore(yearEndFirst) || !day.isAfter(yearEndLast)
                : !day.isBefore(yearEndFirst) && !day.isAfter(yearEndLast);
    }
}
