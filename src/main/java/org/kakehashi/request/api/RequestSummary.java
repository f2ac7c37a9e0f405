package org.kakehashi.request.api;

import org.kakehashi.request.Request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A line of a request list: enough to find the request and see where it stands. */
public record RequestSummary(String number, String type, String status, String requester, String department,
                             String sourceLanguage, List<String> targetLanguages, LocalDate wantedBy,
                             Instant submittedAt) {

    static RequestSummary of(Request r) {
        return new RequestSummary(r.number().value(), r.brief().type().name(), r.status().name(),
                r.requester().username(), r.requester().department(), r.brief().sourceLanguage().value(),
                r.jobs().stream().map(job -> job.targetLanguage().value()).toList(), r.brief().wantedBy(),
                r.turnaround().submittedAt());
    }
}
