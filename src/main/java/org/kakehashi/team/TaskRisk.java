package org.kakehashi.team;

import org.kakehashi.absence.Absence;
import org.kakehashi.calendar.CityCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Whether a held task may not be done in time: it is overdue, or its holder is away on a business day of the city
 * from today to the day it falls due, both included. A day the city office is closed is no day of work lost, so
 * an absence over a weekend or the year-end holidays puts nothing at risk. A task without a due date counts as due
 * today.
 */
final class TaskRisk {

    private final CityCalendar calendar;
    private final Instant now;
    private final ZoneId zone;

    /** @param zone the city's time zone, which says which day a moment falls on */
    TaskRisk(CityCalendar calendar, Instant now, ZoneId zone) {
        this.calendar = calendar;
        this.now = now;
        this.zone = zone;
    }

    boolean overdue(Instant due) {
        return due != null && due.isBefore(now);
    }

    /** @param absences the holder's absences */
    boolean atRisk(Instant due, Collection<Absence> absences) {
        if (overdue(due)) {
            return true;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate last = due == null ? today : LocalDate.ofInstant(due, zone);
        for (LocalDate day = today; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate working = day;
            if (calendar.isOpen(day) && absences.stream().anyMatch(absence -> absence.covers(working))) {
                return true;
            }
        }
        return false;
    }
}
