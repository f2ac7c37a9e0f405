// The names the server's workflow gives things, as the pages need them: the steps a person works on (the BPMN
// user tasks' ids, org.kakehashi.workflow), the outcomes a page acts on itself, a request's statuses
// (RequestStatus), a job's (JobStatus) and the events of its timeline (TimelineEvent). Pages take them from here, never spell them.

export const STEP = Object.freeze({
  TRIAGE_REQUEST: 'triageRequest',
  TRIAGE_INTERPRETATION: 'triageInterpretation',
  TRANSLATE: 'translateRequest',
  REVIEW: 'reviewTranslation',
  CONFIRM_DELIVERY: 'confirmDelivery',
  CONFIRM_HAND_OUT: 'confirmHandOut',
  SCHEDULE_INTERPRETATION: 'scheduleInterpretation',
  REPORT_EVENT: 'reportEvent'
});

export const TRIAGE_STEPS = Object.freeze([STEP.TRIAGE_REQUEST, STEP.TRIAGE_INTERPRETATION]);

// the other outcomes come with the task and go back to the server as they came
export const OUTCOME = Object.freeze({ REJECT: 'reject', SUBMIT: 'submit' });

export const STATUS = Object.freeze({
  SUBMITTED: 'SUBMITTED',
  AWAITING_ANSWER: 'AWAITING_ANSWER',
  IN_PROGRESS: 'IN_PROGRESS',
  READY: 'READY',
  SCHEDULED: 'SCHEDULED',
  HELD: 'HELD',
  DELIVERED: 'DELIVERED',
  REPORTED: 'REPORTED',
  REJECTED: 'REJECTED',
  LAPSED: 'LAPSED',
  CANCELLED: 'CANCELLED'
});

/** Every status, in the order a request's life goes through them (the request list's filter offers them so). */
export const REQUEST_STATUSES = Object.freeze(Object.values(STATUS));

/** While the requester may withdraw a request: until it is closed, or for an interpretation until the event. */
export const WITHDRAWABLE_STATUSES = Object.freeze([STATUS.SUBMITTED, STATUS.AWAITING_ANSWER, STATUS.IN_PROGRESS,
  STATUS.READY, STATUS.SCHEDULED]);

export const JOB_STATUS = Object.freeze({
  IN_TRANSLATION: 'IN_TRANSLATION'
});

export const TIMELINE_EVENT = Object.freeze({
  QUESTION_ASKED: 'QUESTION_ASKED',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED'
});
