package org.kakehashi.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.platform.outbox.Drain;

/**
 * Sends the webhooks' outbox: at once after a commit that wrote messages, and every
 * {@code kakehashi.webhook.poll-seconds} for retries and for messages written on another node.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final int BATCH = 20;

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

    @PreDestroy
    void stop() {
        drain.stopPolling();
    }

    private void sendDue() {
        Drain.inBatches(sending::sendBatch, BATCH);
    }
}
