package org.kakehashi.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.platform.outbox.Drain;

import java.time.Duration;

/**
 * Sends the outbox: at once after a commit that queued mail, and every {@code kakehashi.mail.poll-seconds}
 * (default 15) for retries and for mail queued on another node; then the digests that are due. One run at a time
 * on each node; between nodes the rows' locks keep a mail from going out twice.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final int BATCH = 20;
    private static final Duration ROUND_END = Duration.ofSeconds(30);

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    OutboxSending sending;
    @Inject
    Digests digests;
    @Inject
    StartSettings settings;

    private final Drain drain = new Drain("outbox", this::sendDue);

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        drain.pollEvery(executor, settings.mailPoll());
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.execute(drain::run);
    }

    /** Before any bean goes, so that the round under way still has what it needs to end. */
    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        drain.stop(ROUND_END);
    }

    private void sendDue() {
        digests.queueDue();
        Drain.inBatches(sending::sendBatch, BATCH);
    }
}
