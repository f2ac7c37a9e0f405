package org.kakehashi.request;

/** Where the work for one target language stands. */
public enum JobStatus {
    /** The request waits for triage. */
    WAITING,
    IN_TRANSLATION,
    IN_REVIEW,
    CHANGES_REQUESTED,
    /** Approved by its reviewer; delivered with the request. */
    READY,
    /** The request was rejected, lapsed or cancelled before this job was ready. */
    DROPPED
}
