package org.kakehashi.interpreting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A week of the coordinators' interpreting calendar: its days, with the days the city office is closed, and the
 * interpretations whose events fall in it, with the double bookings they make or would make.
 */
public record InterpretingWeek(LocalDate start, LocalDate end, long travelMinutes, List<Day> days,
                               List<Event> events) {

    /** A day of the week; the name says why the office is closed on a holiday, and is null on a weekend. */
    public record Day(LocalDate date, boolean closed, String nameJa, String nameEn) {
    }

    /**
     * An interpretation request's event, in the event's own time zone.
     *
     * @param interpreter null until someone is booked
     * @param department  null for a citizen's request
     * @param conflicts   for a booked event, the interpreter's other bookings within the travel buffer of it; for
     *                    one not yet booked, each interpreter who could take it but is booked too close to it
     */
    public record Event(String number, String status, OffsetDateTime start, OffsetDateTime end, String timeZone,
                        String place, String mode, PersonName interpreter, PersonName requester,
                        DepartmentName department, String sourceLanguage, String targetLanguage,
                        List<Conflict> conflicts) {
    }

    public record PersonName(String username, String displayName) {
    }

    public record DepartmentName(String code, String nameJa, String nameEn) {
    }

    /** The interpreter who would be in two places, and their booking in the way. */
    public record Conflict(String interpreter, String number) {
    }
}
