package org.kakehashi.workflow;

/**
 * The interpretation process ({@code bpmn/interpretation-request.bpmn}): its key, element ids and variables. What it
 * shares with the translation process is named once, in {@link TranslationProcess}: the triage variable and its
 * outcomes ({@link TranslationProcess#TRIAGE}), the messages ({@link TranslationProcess#REQUESTER_ANSWERED_MESSAGE},
 * {@link TranslationProcess#REQUEST_CANCELLED_MESSAGE}) and the delegates its question's timers call
 * ({@link RemindRequester}, {@link LapseRequest}).
 */
public final class InterpretationProcess {

    public static final String KEY = "interpretationRequest";
    public static final String RESOURCE = "bpmn/interpretation-request.bpmn";

    public static final String REQUEST_SUBMITTED = "interpretationSubmitted";
    public static final String TRIAGE_ROUND = "interpretationTriageRound";
    public static final String TRIAGE_INTERPRETATION = "triageInterpretation";
    public static final String TRIAGE_DECISION = "interpretationTriageDecision";
    public static final String REQUEST_REJECTED = "interpretationRejected";
    /** The coordinator asked the requester a question; the answer goes back to {@link #TRIAGE_ROUND}. */
    public static final String AWAIT_ANSWER = "awaitInterpretationAnswer";
    public static final String ANSWER_REMINDER_DUE = "interpretationAnswerReminderDue";
    public static final String REMIND_REQUESTER = "remindInterpretationRequester";
    public static final String REQUESTER_REMINDED = "interpretationRequesterReminded";
    public static final String ANSWER_OVERDUE = "interpretationAnswerOverdue";
    public static final String LAPSE_REQUEST = "lapseInterpretation";
    public static final String REQUEST_LAPSED = "interpretationLapsed";
    public static final String SCHEDULE_INTERPRETATION = "scheduleInterpretation";
    public static final String EVENT_REMINDER_DUE = "eventReminderDue";
    public static final String REMIND_INTERPRETER = "remindInterpreter";
    public static final String EVENT_OVER = "eventOver";
    public static final String MARK_HELD = "markHeld";
    public static final String REPORT_EVENT = "reportEvent";
    public static final String INTERPRETATION_REPORTED = "interpretationReported";
    public static final String INTERPRETATION_WITHDRAWN = "interpretationWithdrawn";

    /** Variable: the booked interpreter, who writes the report. */
    public static final String INTERPRETER = "interpreter";
    public static final String SCHEDULE = "schedule";
    public static final String REPORT = "report";

    private InterpretationProcess() {
    }
}
