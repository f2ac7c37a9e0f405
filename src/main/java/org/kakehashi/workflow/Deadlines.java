package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;

/**
 * The times the city sets, as the processes' due dates and timers read them ({@code ${deadlines.triageDue}}):
 * ISO 8601 durations whose days are city business days ({@link CityBusinessCalendar}), each an office setting
 * ({@link Setting}: {@code deadline.NAME}, set by an administrator or the system property
 * {@code kakehashi.deadline.NAME}). A task's reminder goes to whoever works on it; at its due date an unfinished
 * task escalates to the office manager.
 */
@Named("deadlines")
@ApplicationScoped
public class Deadlines {

    @Inject
    OfficeSettings settings;

    /** The requester who was asked a question is reminded. */
    public String getAnswerReminder() {
        return settings.text(Setting.ANSWER_REMINDER);
    }

    /** The unanswered request lapses. */
    public String getAnswerLapse() {
        return settings.text(Setting.ANSWER_LAPSE);
    }

    public String getTriageReminder() {
        return settings.text(Setting.TRIAGE_REMINDER);
    }

    public String getTriageDue() {
        return settings.text(Setting.TRIAGE_DUE);
    }

    public String getTranslationReminder() {
        return settings.text(Setting.TRANSLATION_REMINDER);
    }

    public String getTranslationDue() {
        return settings.text(Setting.TRANSLATION_DUE);
    }

    public String getReviewReminder() {
        return settings.text(Setting.REVIEW_REMINDER);
    }

    public String getReviewDue() {
        return settings.text(Setting.REVIEW_DUE);
    }

    /** A partner that has not confirmed receipt of a delivery is reminded, counted in its own working days. */
    public String getReceiptReminder() {
        return settings.text(Setting.RECEIPT_REMINDER);
    }

    /** The interpreter's report, due within a week (five business days) of the event. */
    public String getReportReminder() {
        return settings.text(Setting.REPORT_REMINDER);
    }

    public String getReportDue() {
        return settings.text(Setting.REPORT_DUE);
    }
}
