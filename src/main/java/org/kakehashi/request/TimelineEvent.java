package org.kakehashi.request;

/** What happened to a request, as its timeline tells it. */
public enum TimelineEvent {
    SUBMITTED, ACCEPTED, REJECTED, TRANSLATION_SUBMITTED, CHANGES_REQUESTED, APPROVED, DELIVERED
}
