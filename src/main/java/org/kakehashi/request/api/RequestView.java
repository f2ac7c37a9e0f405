package org.kakehashi.request.api;

import org.kakehashi.language.CountingReceipt;
import org.kakehashi.request.Request;
import org.kakehashi.request.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request as its requester and its workers see it, with the timeline. */
public record RequestView(String number, String status, String requester, String department,
                          String sourceLanguage, String targetLanguage, String text, CountingReceipt receipt,
                          LocalDate wantedBy,
                          Instant submittedAt, String translator, String reviewer, String translation,
                          List<Step> timeline) {

    public record Step(Instant at, String event, String actor, String note) {
        static Step of(TimelineEntry entry) {
            return new Step(entry.occurredAt(), entry.event().name(), entry.actor(), entry.note());
        }
    }

    static RequestView of(Request r) {
        return new RequestView(r.number().value(), r.status().name(), r.requester(), r.department(),
                r.sourceLanguage().value(), r.targetLanguage().value(), r.text(), r.receipt(), r.wantedBy(),
                r.submittedAt(),
                r.translator(), r.reviewer(), r.translation(), r.timeline().stream().map(Step::of).toList());
    }
}
