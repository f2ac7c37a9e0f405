package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.List;

/**
 * Where a request stands and how it got there: its status, which moves only along the steps {@link RequestStep}
 * allows from it, and the {@link Timeline} on which every step, and every event on the request that is no step,
 * leaves an entry.
 */
@Embeddable
public class RequestLifecycle {

    @Column(name = "status", nullable = false, length = 24)
    private RequestStatus status;

    @Embedded
    private Timeline timeline = new Timeline();

    protected RequestLifecycle() {
    }

    /** Submitted, waiting for triage, with its submission as the first entry of its timeline. */
    RequestLifecycle(Instant at, String requester) {
        this.status = RequestStatus.SUBMITTED;
        timeline.record(at, TimelineEvent.SUBMITTED, requester, null, null);
    }

    /** @throws RequestProblem when the request's status does not allow the step */
    void require(RequestStep step, RequestNumber number) {
        refuseUnless(step.allowedFrom(status), number, step.action());
    }

    /** @throws RequestProblem naming the action when it cannot be taken while the request stands as it does */
    void refuseUnless(boolean allowed, RequestNumber number, String action) {
        if (!allowed) {
            throw RequestProblem.illegalTransition(number, status, action);
        }
    }

    /**
     * Moves the request where the step leads and records the step on the timeline, its note stripped (a blank note
     * is none); the step's own checks are the caller's, before it changes anything.
     */
    void take(RequestStep step, String actor, Instant at, LanguageTag target, String note) {
        status = step.from(status);
        record(step.event(), actor, at, target, note == null || note.isBlank() ? null : note.strip());
    }

    /** Records an event without moving the request. */
    void record(TimelineEvent event, String actor, Instant at, LanguageTag target, String note) {
        timeline.record(at, event, actor, target, note);
    }

    void eraseNotes() {
        timeline.eraseNotes();
    }

    public RequestStatus status() {
        return status;
    }

    public List<TimelineEntry> timeline() {
        return timeline.entries();
    }
}
