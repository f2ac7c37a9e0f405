package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.time.Instant;
import java.util.Objects;

/**
 * What an interpretation request is about beyond its language pair: the event, the booked interpreter, the report,
 * and the booking's sequence: the number the calendars of the people invited know the booking's newest version by
 * (RFC 5545 {@code SEQUENCE}), one up at every change and at cancellation.
 */
@Embeddable
public class Interpretation {

    @Embedded
    private InterpretingEvent event;

    @Column(name = "interpreter", length = 64)
    private String interpreter;

    @Column(name = "event_report", length = 20_000)
    private String report;

    @Column(name = "booking_sequence")
    private int bookingSequence;

    protected Interpretation() {
    }

    Interpretation(InterpretingEvent event) {
        this.event = Objects.requireNonNull(event);
    }

    void book(String interpreter) {
        this.interpreter = RequestProblem.requireText("interpreter", interpreter,
                "interpretation.interpreter-missing");
    }

    /**
     * Another interpreter, or the same one at another time or place; a change of the event's mode or audience
     * would be another request.
     */
    void change(BookingChange change, Instant at) {
        if (change.start() == null || !change.start().toInstant().isAfter(at)) {
            throw RequestProblem.invalid("start", "interpretation.event-past");
        }
        if (change.end() == null || !change.end().isAfter(change.start())) {
            throw RequestProblem.invalid("end", "interpretation.event-times");
        }
        String place = RequestProblem.requireText("place", change.place(), "interpretation.place-missing");
        book(change.interpreter());
        event = new InterpretingEvent(change.start().withZoneSameInstant(event.zone()),
                change.end().withZoneSameInstant(event.zone()), place, event.mode(), event.audience());
        bookingSequence++;
    }

    /** The request was withdrawn: a booked interpreter's calendar hears it as the booking's last version. */
    void withdraw() {
        if (interpreter != null) {
            bookingSequence++;
        }
    }

    /** The interpreter's report on the event, due within a week of it. */
    void report(String report) {
        this.report = RequestProblem.requireText("comment", report, "interpretation.report-missing");
    }

    /** Retention keeps when the event was and how it was interpreted, not where or for whom, nor the report. */
    void erasePersonalData() {
        event = event.withoutPlaceAndAudience();
        report = null;
    }

    public InterpretingEvent event() {
        return event;
    }

    /** Null until an interpreter is booked. */
    public String interpreter() {
        return interpreter;
    }

    public int bookingSequence() {
        return bookingSequence;
    }

    /** Null until the interpreter reports. */
    public String report() {
        return report;
    }
}
