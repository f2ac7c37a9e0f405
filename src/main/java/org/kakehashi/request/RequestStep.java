package org.kakehashi.request;

import java.util.EnumSet;
import java.util.Set;

import static org.kakehashi.request.RequestStatus.AWAITING_ANSWER;
import static org.kakehashi.request.RequestStatus.CANCELLED;
import static org.kakehashi.request.RequestStatus.DELIVERED;
import static org.kakehashi.request.RequestStatus.HELD;
import static org.kakehashi.request.RequestStatus.IN_PROGRESS;
import static org.kakehashi.request.RequestStatus.LAPSED;
import static org.kakehashi.request.RequestStatus.READY;
import static org.kakehashi.request.RequestStatus.REJECTED;
import static org.kakehashi.request.RequestStatus.REPORTED;
import static org.kakehashi.request.RequestStatus.SCHEDULED;
import static org.kakehashi.request.RequestStatus.SUBMITTED;

/**
 * The lifecycle of a request in one table: each step a request's status guards, the statuses it may be taken from,
 * the status it leads to (none when the request stays where it stands) and what the timeline records of it.
 * Translations and checks go SUBMITTED → IN_PROGRESS → READY → DELIVERED, interpretations SUBMITTED → IN_PROGRESS →
 * SCHEDULED → HELD → REPORTED: one status for both kinds, the statuses a kind passes through being its stages.
 * The action names the step in a refusal ({@code request.illegal-transition}).
 */
enum RequestStep {

    NOTE_INTAKE_FINDINGS("noteIntakeFindings", null, null, SUBMITTED),
    ACCEPT("accept", TimelineEvent.ACCEPTED, IN_PROGRESS, SUBMITTED),
    REJECT("reject", TimelineEvent.REJECTED, REJECTED, SUBMITTED),
    ASK_BACK("askBack", TimelineEvent.QUESTION_ASKED, AWAITING_ANSWER, SUBMITTED),
    ANSWER("answer", TimelineEvent.QUESTION_ANSWERED, SUBMITTED, AWAITING_ANSWER),
    REMIND_REQUESTER("remind", TimelineEvent.REQUESTER_REMINDED, null, AWAITING_ANSWER),
    LAPSE("lapse", TimelineEvent.LAPSED, LAPSED, AWAITING_ANSWER),
    /** Until the request is closed, or, for an interpretation, until its event has taken place. */
    CANCEL("cancel", TimelineEvent.CANCELLED, CANCELLED, SUBMITTED, AWAITING_ANSWER, IN_PROGRESS, READY, SCHEDULED),
    SUBMIT_TRANSLATION("submitTranslation", TimelineEvent.TRANSLATION_SUBMITTED, null, IN_PROGRESS),
    /** The approval of the last job to be approved makes the request READY; any other leaves it in progress. */
    APPROVE("approve", TimelineEvent.APPROVED, READY, IN_PROGRESS),
    REQUEST_CHANGES("requestChanges", TimelineEvent.CHANGES_REQUESTED, null, IN_PROGRESS),
    DELIVER("deliver", TimelineEvent.DELIVERED, DELIVERED, READY),
    CONFIRM_RECEIPT("confirmReceipt", TimelineEvent.RECEIPT_CONFIRMED, null, DELIVERED),
    REMIND_PARTNERS("remindPartners", TimelineEvent.PARTNERS_REMINDED, null, DELIVERED),
    SCHEDULE("schedule", TimelineEvent.SCHEDULED, SCHEDULED, IN_PROGRESS),
    CHANGE_BOOKING("changeBooking", TimelineEvent.BOOKING_CHANGED, null, SCHEDULED),
    REMIND_INTERPRETER("remindInterpreter", TimelineEvent.INTERPRETER_REMINDED, null, SCHEDULED),
    RECORD_HELD("recordHeld", TimelineEvent.HELD, HELD, SCHEDULED),
    REPORT("report", TimelineEvent.REPORTED, REPORTED, HELD);

    private final String action;
    private final TimelineEvent event;
    private final RequestStatus leadsTo;
    private final Set<RequestStatus> allowedFrom;

    RequestStep(String action, TimelineEvent event, RequestStatus leadsTo, RequestStatus first,
                RequestStatus... more) {
        this.action = action;
        this.event = event;
        this.leadsTo = leadsTo;
        this.allowedFrom = EnumSet.of(first, more);
    }

    String action() {
        return action;
    }

    /** What the timeline records of the step; null for a step that is no event of its own. */
    TimelineEvent event() {
        return event;
    }

    boolean allowedFrom(RequestStatus status) {
        return allowedFrom.contains(status);
    }

    /** Where the step takes a request that stands at {@code status}: there again when the step moves nothing. */
    RequestStatus from(RequestStatus status) {
        return leadsTo == null ? status : leadsTo;
    }
}
