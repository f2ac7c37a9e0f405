package org.kakehashi.webhook;

import org.kakehashi.platform.problem.DomainProblem;

import java.util.UUID;

/** Refusals about webhooks: an address or events an endpoint cannot have, an endpoint or message not there. */
class WebhookProblem extends DomainProblem {

    private WebhookProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static WebhookProblem invalidUrl(String given) {
        return new WebhookProblem(Kind.INVALID, "webhook.url-invalid", "url", given);
    }

    static WebhookProblem noEvents() {
        return new WebhookProblem(Kind.INVALID, "webhook.events-missing", "events");
    }

    static WebhookProblem unknownEvent(String given) {
        return new WebhookProblem(Kind.INVALID, "webhook.event-unknown", "events", given);
    }

    static WebhookProblem unknownStatus(String given) {
        return new WebhookProblem(Kind.INVALID, "webhook.unknown-status", "status", given);
    }

    static WebhookProblem noSuchEndpoint(UUID id) {
        return new WebhookProblem(Kind.NOT_FOUND, "webhook.no-such-endpoint", null, id);
    }

    static WebhookProblem noSuchMessage(UUID id) {
        return new WebhookProblem(Kind.NOT_FOUND, "webhook.no-such-message", null, id);
    }
}
