package org.kakehashi.webhook;

import org.kakehashi.request.TimelineEvent;

import java.util.Arrays;
import java.util.Optional;

/** The steps of a request a webhook can be told of, by the type name its JSON carries. */
public enum WebhookEvent {

    SUBMITTED("request.submitted", TimelineEvent.SUBMITTED),
    ACCEPTED("request.accepted", TimelineEvent.ACCEPTED),
    DELIVERED("request.delivered", TimelineEvent.DELIVERED),
    RECEIPT_CONFIRMED("request.receipt-confirmed", TimelineEvent.RECEIPT_CONFIRMED),
    CANCELLED("request.cancelled", TimelineEvent.CANCELLED);

    private final String type;
    private final TimelineEvent step;

    WebhookEvent(String type, TimelineEvent step) {
        this.type = type;
        this.step = step;
    }

    public String type() {
        return type;
    }

    static Optional<WebhookEvent> of(TimelineEvent step) {
        return Arrays.stream(values()).filter(event -> event.step == step).findFirst();
    }

    static Optional<WebhookEvent> typed(String type) {
        return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
    }
}
