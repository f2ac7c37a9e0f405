package org.kakehashi.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.platform.outbox.Drain;

import java.time.Duration;

/**
 * Sends the webhooks' outbox: at once after a commit that wrote messages, and every
 * {@code kakehashi.webhook.poll-seconds} for retries and for messages written on another node.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int BATCH = 20;
    private static final Duration ROUND_END = Duration.ofSeconds(30);

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    WebhookSending sending;
    @Inject
    StartSettings settings;

    private final Drain drain = new Drain("webhook outbox", this::sendDue);

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        drain.pollEvery(executor, settings.webhookPoll());
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
        executor.execute(drain::run);
    }

    /** Before any bean goes, so that the round under way still has what it needs to end. */
    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        drain.stop(ROUND_END);
    }

    private void sendDue() {
        Drain.inBatches(sending::sendBatch, BATCH);
    }
}
