package org.kakehashi.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A sister-city partner's working week in its own time zone: Monday to Friday, less its public holidays, plus the
 * weekend days it works instead (China's adjusted working days). Reminders to a partner reach it during its office
 * hours, at {@link #REMINDER_TIME} local time on a working day.
 */
public record PartnerCalendar(ZoneId zone, Set<LocalDate> closed, Set<LocalDate> working) {

    public static final LocalTime REMINDER_TIME = LocalTime.of(10, 0);

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

    /** The partner's working day {@code days} after the day the moment falls on there, at reminder time. */
    public ZonedDateTime reminderAfter(Instant from, int days) {
        LocalDate day = LocalDate.ofInstant(from, zone);
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isOpen(day)) {
                counted++;
            }
        }
        return day.atTime(REMINDER_TIME).atZone(zone);
    }
}
