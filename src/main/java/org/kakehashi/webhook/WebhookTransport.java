package org.kakehashi.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/**
 * Posts a message to its endpoint, signed afresh for each attempt (a new timestamp, the same id). A receiver's
 * 2xx takes it; anything else, a redirect included, is a failure to retry.
 */
@ApplicationScoped
public class WebhookTransport {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    Clock clock;

    /** @throws IOException when the receiver cannot be reached or does not take the message */
    void send(WebhookMessage message) throws IOException, InterruptedException {
        long timestamp = clock.instant().getEpochSecond();
        String id = message.messageId();
        HttpRequest request = HttpRequest.newBuilder(message.endpoint().url())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSignature.sign(message.endpoint().secret(), id, timestamp, message.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(message.payload()))
                .build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the receiver answered " + response.statusCode());
        }
    }
}
