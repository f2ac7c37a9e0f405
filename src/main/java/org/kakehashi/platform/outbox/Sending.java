package org.kakehashi.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * Where a message of an outbox stands: waiting for its next attempt, taken by the receiver, or given up on after
 * its {@link Backoff}'s last attempt — which a person sees and can send again.
 */
@Embeddable
public class Sending {

    public enum Status { QUEUED, SENT, FAILED }

    private static final int ERROR_LENGTH = 1000;

    @Column(nullable = false, length = 8)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Sending() {
    }

    /** Due at once. */
    public static Sending queued(Instant at) {
        return queued(at, at);
    }

    /** Queued at {@code at}, its first attempt at {@code due} (a moment after, for a message held till then). */
    public static Sending queued(Instant at, Instant due) {
        Sending sending = new Sending();
        sending.status = Status.QUEUED;
        sending.nextAttemptAt = due.isBefore(at) ? at : due;
        sending.queuedAt = at;
        return sending;
    }

    public void sent(Instant at) {
        status = Status.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    public void failed(String error, Instant at, Backoff backoff) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
        backoff.nextAttempt(attempts, at).ifPresentOrElse(next -> nextAttemptAt = next, () -> status = Status.FAILED);
    }

    /**
     * Sent again on a person's word: a message given up on is tried from now with all its attempts, one waiting
     * for its next attempt is tried now; one sent is left alone.
     */
    public void retry(Instant at) {
        if (status == Status.FAILED) {
            status = Status.QUEUED;
            attempts = 0;
        }
        if (status == Status.QUEUED) {
            nextAttemptAt = at;
        }
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
