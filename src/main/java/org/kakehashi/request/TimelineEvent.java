package org.kakehashi.request;

/** What happened to a request, as its timeline tells it. */
public enum TimelineEvent {
    SUBMITTED, QUESTION_ASKED, REQUESTER_REMINDED, QUESTION_ANSWERED, LAPSED, ACCEPTED, REJECTED,
    TRANSLATION_SUBMITTED, CHANGES_REQUESTED, APPROVED, DELIVERED, CANCELLED
}
