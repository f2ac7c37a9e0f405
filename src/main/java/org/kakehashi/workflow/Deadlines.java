package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * The times the city sets, as the processes' due dates and timers read them ({@code ${deadlines.triageDue}}):
 * ISO 8601 durations whose days are city business days ({@link CityBusinessCalendar}), each from a system
 * property {@code kakehashi.deadline.NAME} with the default given here. A task's reminder goes to whoever works
 * on it; at its due date an unfinished task escalates to the office manager.
 */
@Named("deadlines")
@ApplicationScoped
public class Deadlines {

    /** The requester who was asked a question is reminded. */
    public String getAnswerReminder() {
        return duration("answer-reminder", "P5D");
    }

    /** The unanswered request lapses. */
    public String getAnswerLapse() {
        return duration("answer-lapse", "P10D");
    }

    public String getTriageReminder() {
        return duration("triage-reminder", "P1D");
    }

    public String getTriageDue() {
        return duration("triage-due", "P2D");
    }

    public String getTranslationReminder() {
        return duration("translation-reminder", "P4D");
    }

    public String getTranslationDue() {
        return duration("translation-due", "P5D");
    }

    public String getReviewReminder() {
        return duration("review-reminder", "P1D");
    }

    public String getReviewDue() {
        return duration("review-due", "P2D");
    }

    /** A partner that has not confirmed receipt of a delivery is reminded, counted in its own working days. */
    public String getReceiptReminder() {
        return duration("receipt-reminder", "P5D");
    }

    /** The interpreter's report, due within a week (five business days) of the event. */
    public String getReportReminder() {
        return duration("report-reminder", "P4D");
    }

    public String getReportDue() {
        return duration("report-due", "P5D");
    }

    private static String duration(String name, String fallback) {
        String value = System.getProperty("kakehashi.deadline." + name, fallback);
        Duration.parse(value);
        return value;
    }
}
