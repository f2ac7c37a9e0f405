package org.kakehashi.request;

/** Where a translation request stands in its lifecycle. */
public enum RequestStatus {
    /** Waiting for a coordinator's triage. */
    SUBMITTED,
    /** The coordinator asked the requester a question; triage resumes with the answer. */
    AWAITING_ANSWER,
    /** Accepted; being translated. */
    IN_TRANSLATION,
    /** The translation waits for review by someone other than its translator. */
    IN_REVIEW,
    /** The reviewer asked for changes; back with the translator. */
    CHANGES_REQUESTED,
    /** The reviewer approved; being delivered. */
    APPROVED,
    DELIVERED,
    REJECTED,
    /** The requester never answered the coordinator's question. */
    LAPSED,
    CANCELLED;

    public boolean isClosed() {
        return this == DELIVERED || this == REJECTED || this == LAPSED || this == CANCELLED;
    }
}
