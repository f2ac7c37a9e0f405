package org.kakehashi.workflow;

/** The interpretation process ({@code bpmn/interpretation-request.bpmn}): its key, element ids and variables. */
public final class InterpretationProcess {

    public static final String KEY = "interpretationRequest";
    public static final String RESOURCE = "bpmn/interpretation-request.bpmn";

    public static final String REQUEST_SUBMITTED = "interpretationSubmitted";
    public static final String TRIAGE_INTERPRETATION = "triageInterpretation";
    public static final String TRIAGE_DECISION = "interpretationTriageDecision";
    public static final String REQUEST_REJECTED = "interpretationRejected";
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
