package org.kakehashi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * A sister-city partner's working week in its own time zone: Monday to Friday, less its public holidays, plus the
 * weekend days it works instead (China's adjusted working days), as announced year by year; the holidays by rule
 * come from {@link CountryHolidays} ({@link PartnerOfficeHours}).
 */
public record PartnerCalendar(ZoneId zone, Set<LocalDate> closed, Set<LocalDate> working) {

    public PartnerCalendar {
        closed = Set.copyOf(closed);
        working = Set.copyOf(working);
    }

    public boolean isOpen(LocalDate date) {
        if (working.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !closed.contains(date);
    }
}
