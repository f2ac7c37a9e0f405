package org.kakehashi.request;

import java.time.Instant;

/**
 * The steps of an interpretation request after triage — booking the interpreter, changing the booking, the
 * reminder before the event, the event held and the interpreter's report — taken through
 * {@link Request#interpreting}. A translation or a check has no event to take them on.
 */
public final class InterpretationSteps {

    private final RequestNumber number;
    private final Interpretation interpretation;
    private final RequestLifecycle lifecycle;

    InterpretationSteps(RequestNumber number, Interpretation interpretation, RequestLifecycle lifecycle) {
        this.number = number;
        this.interpretation = interpretation;
        this.lifecycle = lifecycle;
    }

    /** The interpreter is booked; whether they are free is the caller's to check ({@code InterpreterCalendar}). */
    public void schedule(String coordinator, String interpreter, Instant at) {
        allowing(RequestStep.SCHEDULE).book(interpreter);
        lifecycle.take(RequestStep.SCHEDULE, coordinator, at, null, interpretation.interpreter());
    }

    /** @return the interpreter booked before, who is told the booking is no longer theirs when it changed hands */
    public String changeBooking(String coordinator, BookingChange change, Instant at) {
        String before = allowing(RequestStep.CHANGE_BOOKING).interpreter();
        interpretation.change(change, at);
        lifecycle.take(RequestStep.CHANGE_BOOKING, coordinator, at, null, interpretation.interpreter());
        return before;
    }

    public void recordInterpreterReminder(String by, Instant at) {
        lifecycle.require(RequestStep.REMIND_INTERPRETER, number);
        lifecycle.take(RequestStep.REMIND_INTERPRETER, by, at, null, interpretation.interpreter());
    }

    public void recordHeld(String by, Instant at) {
        lifecycle.require(RequestStep.RECORD_HELD, number);
        lifecycle.take(RequestStep.RECORD_HELD, by, at, null, null);
    }

    public void report(String interpreter, String report, Instant at) {
        allowing(RequestStep.REPORT).report(report);
        lifecycle.take(RequestStep.REPORT, interpreter, at, null, null);
    }

    /** The interpretation, when the request allows the step and has one to take it on. */
    private Interpretation allowing(RequestStep step) {
        lifecycle.require(step, number);
        lifecycle.refuseUnless(interpretation != null, number, step.action());
        return interpretation;
    }
}
