package org.kakehashi.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.config.StartSettings;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One batch of due messages, sent in a transaction of its own that holds their rows: a message marked sent was
 * taken by its receiver; one that failed waits for its next attempt. A crash between the receiver's answer and the
 * commit sends that message again, with the same {@code webhook-id}: at least once, never lost.
 */
@ApplicationScoped
public class WebhookSending {

    private static final Logger LOG = Logger.getLogger(WebhookSending.class.getName());

    @Inject
    WebhookOutbox outbox;
    @Inject
    WebhookTransport transport;
    @Inject
    Clock clock;
    @Inject
    StartSettings settings;

    /**
     * @return how many messages were tried: those of an endpoint that failed earlier in the batch wait for the
     *         next round, so that one receiver that hangs holds the transaction for one timeout, not one per message
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sendBatch(int limit) {
        Set<UUID> failing = new HashSet<>();
        int tried = 0;
        for (WebhookMessage message : outbox.due(limit)) {
            if (failing.contains(message.endpoint().id())) {
                continue;
            }
            tried++;
            try {
                transport.send(message);
                message.sending().sent(clock.instant());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                message.failed("interrupted", clock.instant(), settings.webhookRetry());
                break;
            } catch (Exception e) {
                failing.add(message.endpoint().id());
                message.failed(e.toString(), clock.instant(), settings.webhookRetry());
                LOG.log(Level.WARNING, "webhook {0} to {1} not taken (attempt {2}): {3}", new Object[] {
                        message.messageId(), message.endpoint().url(), message.sending().attempts(), e.toString()});
            }
        }
        return tried;
    }
}
