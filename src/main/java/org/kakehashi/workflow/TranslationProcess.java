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
    /** Message: every partner confirmed receipt of the delivery. */
    public static final String DELIVERY_RECEIVED_MESSAGE = "deliveryReceived";
    /** Message: the requester cancelled the request. */
    public static final String REQUEST_CANCELLED_MESSAGE = "requestCancelled";
    public static final String TRANSLATION_JOB = "translationJob";
    public static final String JOB_STARTED = "jobStarted";
    public static final String ROUTE_JOB = "routeJob";
    public static final String RECORD_ROUTE = "recordRoute";
    public static final String JOB_KIND = "jobKind";
    public static final String TRANSLATION_ROUND = "translationRound";
    public static final String TRANSLATE_REQUEST = "translateRequest";
    public static final String REVIEW_ROUND = "reviewRound";
    public static final String CHOOSE_REVIEWERS = "chooseReviewers";
    public static final String REVIEW_TRANSLATION = "reviewTranslation";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String JOB_READY = "jobReady";

    /** The DMN decision that routes a job ({@code bpmn/job-routing.dmn}). */
    public static final String JOB_ROUTING_DECISION = "jobRouting";
    public static final String JOB_ROUTING_RESOURCE = "bpmn/job-routing.dmn";

    /** The routing decision's inputs, local to the routing task ({@link RequestFacts}). */
    public static final String SOURCE_LANGUAGE = "sourceLanguage";
    public static final String CHARACTERS = "characters";
    public static final String PURPOSE = "purpose";
    public static final String TOPIC = "topic";

    /** Job-local variables: the target language of the job, and the groups routing chose. */
    public static final String TARGET = "target";
    public static final String TRANSLATOR_GROUP = "translatorGroup";
    public static final String REVIEWER_GROUP = "reviewerGroup";
    /** Job-local variable: the group the review task is offered to this round (routed, or the fallback). */
    public static final String REVIEWERS = "reviewers";
    public static final String DELIVER_TRANSLATION = "deliverTranslation";
    /** The coordinator confirms a delivery to partners that holds personal data; its one outcome. */
    public static final String CONFIRM_DELIVERY = "confirmDelivery";
    public static final String DELIVER = "deliver";
    /** The coordinator confirms that a job whose source holds personal data goes to a linguist outside; its outcome. */
    public static final String CONFIRM_HAND_OUT = "confirmHandOut";
    public static final String HAND_OUT = "hand-out";
    public static final String PARTNERS_CHOSEN = "partnersChosen";
    public static final String REQUEST_DELIVERED = "requestDelivered";
    public static final String AWAIT_PARTNER_RECEIPT = "awaitPartnerReceipt";
    public static final String RECEIPT_REMINDER_DUE = "receiptReminderDue";
    public static final String REMIND_PARTNERS = "remindPartners";
    public static final String PARTNERS_REMINDED = "partnersReminded";
    public static final String RECEIPT_CONFIRMED = "receiptConfirmed";

    /** Variable: the coordinator's triage, {@link #ACCEPT}, {@link #REJECT} or {@link #ASK}. */
    public static final String TRIAGE = "triage";
    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";
    public static final String ASK = "ask";

    /** Variable: the reviewer's verdict, {@link #APPROVE} or {@link #CHANGES}. */
    public static final String REVIEW = "review";
    public static final String APPROVE = "approve";
    public static final String CHANGES = "changes";

    /** Job-local variable: who translated, so that a round of changes goes back to them. */
    public static final String TRANSLATOR = "translator";

    /** The actor named in the timeline for steps the process takes by itself. */
    public static final String SYSTEM_ACTOR = "kakehashi";

    private TranslationProcess() {
    }
}
