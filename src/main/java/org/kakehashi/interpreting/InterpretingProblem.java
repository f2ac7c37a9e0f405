package org.kakehashi.interpreting;

import org.kakehashi.calendar.JapaneseHolidays;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.request.RequestNumber;

import java.time.LocalDate;

/** Refusals about the interpreting calendar and booking, other than a double booking. */
public class InterpretingProblem extends DomainProblem {

    private InterpretingProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static InterpretingProblem officeOnly() {
        return new InterpretingProblem(Kind.FORBIDDEN, "interpreting.office-only", null);
    }

    static InterpretingProblem notADate(String start) {
        return new InterpretingProblem(Kind.INVALID, "interpreting.not-a-date", "start", start);
    }

    static InterpretingProblem weekOutOfRange(LocalDate monday) {
        return new InterpretingProblem(Kind.INVALID, "interpreting.week-out-of-range", "start",
                JapaneseHolidays.FIRST_YEAR, JapaneseHolidays.LAST_YEAR, monday.toString());
    }

    static InterpretingProblem numberMissing() {
        return new InterpretingProblem(Kind.INVALID, "interpreting.number-missing", "number");
    }

    static InterpretingProblem notAnInterpretation(RequestNumber number) {
        return new InterpretingProblem(Kind.CONFLICT, "interpretation.no-event", null, number.value());
    }

    static InterpretingProblem notAwaitingBooking(RequestNumber meeting) {
        return new InterpretingProblem(Kind.CONFLICT, "interpreting.not-awaiting-booking", null, meeting.value());
    }

    static InterpretingProblem seriesWithoutEvent() {
        return new InterpretingProblem(Kind.INVALID, "interpretation.event-missing", "request.event");
    }

    static InterpretingProblem unknownFrequency(String frequency) {
        return new InterpretingProblem(Kind.INVALID, "request.invalid-choice", "frequency", frequency,
                "weekly, monthly");
    }

    static InterpretingProblem seriesCount() {
        return new InterpretingProblem(Kind.INVALID, "interpreting.series-count", "count", Recurrence.MOST);
    }

    static InterpretingProblem noSuchSeries(Object id) {
        return new InterpretingProblem(Kind.NOT_FOUND, "interpreting.no-such-series", null, String.valueOf(id));
    }

    static InterpretingProblem cannotInterpret(String interpreter) {
        return new InterpretingProblem(Kind.INVALID, "interpreting.cannot-interpret", "interpreter", interpreter);
    }
}
