package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.util.Objects;

/** What an interpretation request is about beyond its language pair: the event, the booked interpreter, the report. */
@Embeddable
public class Interpretation {

    @Embedded
    private InterpretingEvent event;

    @Column(name = "interpreter", length = 64)
    private String interpreter;

    @Column(name = "event_report", length = 20_000)
    private String report;

    protected Interpretation() {
    }

    Interpretation(InterpretingEvent event) {
        this.event = Objects.requireNonNull(event);
    }

    void book(String interpreter) {
        this.interpreter = RequestProblem.requireText("interpreter", interpreter,
                "interpretation.interpreter-missing");
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

    /** Null until the interpreter reports. */
    public String report() {
        return report;
    }
}
