package org.kakehashi.request;

/** What happened to a request, as its timeline tells it. */
public enum TimelineEvent {
    SUBMITTED, QUESTION_ASKED, REQUESTER_REMINDED, QUESTION_ANSWERED, LAPSED, ACCEPTED, REJECTED, ROUTED, REVIEWERS_CHOSEN,
    TRANSLATION_SUBMITTED, CHANGES_REQUESTED, APPROVED, DELIVERED, CANCELLED,
    SCHEDULED, BOOKING_CHANGED, INTERPRETER_REMINDED, HELD, REPORTED, RECEIPT_CONFIRMED, PARTNERS_REMINDED,
    /** A task on the request is due soon; its note names the task. */
    TASK_REMINDER,
    /** A task on the request passed its due date and went to the office manager; its note names the task. */
    TASK_OVERDUE,
    /** A finding of the quality checks was overridden; its note names the finding and the reason. */
    CHECK_OVERRIDDEN,
    /** A coordinator gave a task to a named person; its note names the step, the person and the reason. */
    TASK_ASSIGNED,
    /** A task went back to its groups; its note names the step, who held it and the reason. */
    TASK_GIVEN_BACK,
    /** A coordinator let a delivery to partners go out with the personal data in it; its note is their reason. */
    DELIVERY_CONFIRMED,
    /** A coordinator let a job whose source holds personal data go to a linguist outside; its note is the reason. */
    HAND_OUT_CONFIRMED,
    /** A coordinator sent a job to other groups than routing chose; its note names the groups and the reason. */
    ROUTE_OVERRIDDEN,
    /** A coordinator moved a task's due date; its note names the step, the days before and after, and the reason. */
    TASK_DUE_MOVED
}
