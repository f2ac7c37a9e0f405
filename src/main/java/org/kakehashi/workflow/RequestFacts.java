package org.kakehashi.workflow;

import org.kakehashi.request.Brief;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestSubmitted;

import java.time.LocalDate;

/**
 * What the translation process asks of its request ({@code ${requestFacts.of(execution)...}}): the routing decision's
 * inputs, the kind of job, the wanted-by date its tasks are due by, how many partners await the delivery. Read from
 * the request as it stands rather than copied into process variables, so a request corrected at triage is routed
 * as corrected, and a submission writes no variables.
 */
public record RequestFacts(String type, String sourceLanguage, long characters, String purpose, String topic,
                           LocalDate wantedBy, int partners) {

    static RequestFacts of(RequestSubmitted submitted) {
        return new RequestFacts(submitted.type().name(), submitted.sourceLanguage().value(), submitted.characters(),
                nameOf(submitted.purpose()), nameOf(submitted.topic()), submitted.wantedBy(), submitted.partners());
    }

    static RequestFacts of(Request request) {
        Brief brief = request.brief();
        return new RequestFacts(brief.type().name(), brief.sourceLanguage().value(), brief.receipt().characters(),
                nameOf(brief.purpose()), nameOf(brief.topic()), brief.wantedBy(),
                request.partnerReceipts().partners().size());
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
