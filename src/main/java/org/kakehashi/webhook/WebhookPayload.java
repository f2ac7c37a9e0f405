package org.kakehashi.webhook;

import org.kakehashi.request.Request;
import org.kakehashi.request.RequestStepTaken;

import java.time.Instant;
import java.util.List;

/**
 * The JSON a receiver gets, in the Standard Webhooks shape ({@code type}, {@code timestamp}, {@code data}). It
 * names the request and its languages, never its text or a citizen's details: those stay in Kakehashi, behind the
 * link.
 */
public record WebhookPayload(String type, Instant timestamp, Data data) {

    public record Data(String number, String requestType, String status, String sourceLanguage,
                       List<String> targetLanguages, String department, String by, String partner, String url) {
    }

    /** A citizen's own steps are "citizen": their account is made from their status link's secret. */
    static final String CITIZEN = "citizen";

    static WebhookPayload of(WebhookEvent event, RequestStepTaken step, Request request, String baseUrl) {
        String number = request.number().value();
        String by = request.isFromCitizen() && request.requester().is(step.actor()) ? CITIZEN : step.actor();
        return new WebhookPayload(event.type(), step.at(), new Data(number, request.brief().type().name(),
                request.status().name(), request.brief().sourceLanguage().value(),
                request.jobs().stream().map(job -> job.targetLanguage().value()).toList(),
                request.requester().department(),
                by, event == WebhookEvent.RECEIPT_CONFIRMED ? step.note() : null,
                baseUrl + "/request.html?number=" + number));
    }
}
