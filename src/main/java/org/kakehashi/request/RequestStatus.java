package org.kakehashi.request;

/**
 * Where a request stands in its lifecycle, whatever its kind: which statuses a translation or check passes through,
 * and which an interpretation, is {@link RequestStep}'s table. Its jobs have states of their own.
 */
public enum RequestStatus {
    /** Waiting for a coordinator's triage. */
    SUBMITTED,
    /** The coordinator asked the requester a question; triage resumes with the answer. */
    AWAITING_ANSWER,
    /** Accepted; its jobs are being translated and reviewed. */
    IN_PROGRESS,
    /** Every job is approved; being delivered. */
    READY,
    /** An interpretation with its interpreter booked. */
    SCHEDULED,
    /** The interpreted event took place; its report is due. */
    HELD,
    /** The interpreter reported on the event. */
    REPORTED,
    DELIVERED,
    REJECTED,
    /** The requester never answered the coordinator's question. */
    LAPSED,
    CANCELLED;

    public boolean isClosed() {
        return this == DELIVERED || this == REPORTED || this == REJECTED || this == LAPSED || this == CANCELLED;
    }
}
