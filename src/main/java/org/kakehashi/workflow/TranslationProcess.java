package org.kakehashi.workflow;

/** The translation process ({@code bpmn/translation-request.bpmn}): its key, element ids and variables. */
public final class TranslationProcess {

    public static final String KEY = "translationRequest";
    public static final String RESOURCE = "bpmn/translation-request.bpmn";

    public static final String REQUEST_SUBMITTED = "requestSubmitted";
    public static final String TRIAGE_ROUND = "triageRound";
    public static final String TRIAGE_REQUEST = "triageRequest";
    public static final String TRIAGE_DECISION = "triageDecision";
    public static final String REQUEST_REJECTED = "requestRejected";
    public static final String AWAIT_ANSWER = "awaitAnswer";
    public static final String ANSWER_REMINDER_DUE = "answerReminderDue";
    public static final String REMIND_REQUESTER = "remindRequester";
    public static final String REQUESTER_REMINDED = "requesterReminded";
    public static final String ANSWER_OVERDUE = "answerOverdue";
    public static final String LAPSE_REQUEST = "lapseRequest";
    public static final String REQUEST_LAPSED = "requestLapsed";
    public static final String CANCELLATION = "cancellation";
    public static final String REQUEST_CANCELLED = "requestCancelled";
    public static final String REQUEST_WITHDRAWN = "requestWithdrawn";

    /** Message: the requester answered the coordinator's question. */
    public static final String REQUESTER_ANSWERED_MESSAGE = "requesterAnswered";
    /** Message: the requester cancelled the request. */
    public static final String REQUEST_CANCELLED_MESSAGE = "requestCancelled";
    public static final String TRANSLATION_ROUND = "translationRound";
    public static final String TRANSLATE_REQUEST = "translateRequest";
    public static final String REVIEW_TRANSLATION = "reviewTranslation";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String DELIVER_TRANSLATION = "deliverTranslation";
    public static final String REQUEST_DELIVERED = "requestDelivered";

    /** Variable: the coordinator's triage, {@link #ACCEPT}, {@link #REJECT} or {@link #ASK}. */
    public static final String TRIAGE = "triage";
    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";
    public static final String ASK = "ask";

    /** Variable: the reviewer's verdict, {@link #APPROVE} or {@link #CHANGES}. */
    public static final String REVIEW = "review";
    public static final String APPROVE = "approve";
    public static final String CHANGES = "changes";

    /** Variable: who translated, so that a round of changes goes back to them. */
    public static final String TRANSLATOR = "translator";

    /** The actor named in the timeline for steps the process takes by itself. */
    public static final String SYSTEM_ACTOR = "kakehashi";

    private TranslationProcess() {
    }
}
