package org.kakehashi.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kakehashi.platform.config.StartSettings;

/**
 * Sends the outbox: at once after a commit that queued mail, and every {@code kakehashi.mail.poll-seconds}
 * (default 15) for retries and for mail queued on another node; then the digests that are due. One run at a time
 * on each node; between nodes the rows' locks keep a mail from going out twice.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    OutboxSending sending;
    @Inject
    Digests digests;
    @Inject
    StartSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private ScheduledFuture<?> polling;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long seconds = settings.mailPoll().toSeconds();
        polling = executor.scheduleWithFixedDelay(this::run, seconds, seconds, TimeUnit.SECONDS);
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        wanted.set(true);
        executor.execute(this::run);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void run() {
        if (!running.compareAndSet(false, true)) {
            wanted.set(true);
            return;
        }
        try {
            do {
                wanted.set(false);
                digests.queueDue();
                while (sending.sendBatch(BATCH) == BATCH) {
                    // a full batch: there may be more due
                }
            } while (wanted.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the outbox could not be read; trying again at the next poll", e);
        } finally {
            running.set(false);
        }
    }
}
