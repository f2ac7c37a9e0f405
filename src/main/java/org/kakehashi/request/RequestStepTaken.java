package org.kakehashi.request;

import org.kakehashi.language.LanguageTag;

import java.time.Instant;

/**
 * Fired, inside the step's transaction, after every step on a request — its newest timeline entry — so that
 * notifications and deliveries are written in the same commit as the step itself.
 */
public record RequestStepTaken(RequestNumber number, TimelineEvent event, String actor, LanguageTag target,
                               String note, Instant at) {

    /** The request's newest step. */
    public static RequestStepTaken latest(Request request) {
        TimelineEntry entry = request.timeline().get(request.timeline().size() - 1);
        return new RequestStepTaken(request.number(), entry.event(), entry.actor(), entry.target(), entry.note(),
                entry.occurredAt());
    }
}
