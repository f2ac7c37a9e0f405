package org.kakehashi.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Looks every ten minutes whether the day's retention is due; {@link Retention} makes sure it runs once. */
@ApplicationScoped
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
    private static final long MINUTES = 10;

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    Retention retention;

    private ScheduledFuture<?> polling;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        polling = executor.scheduleWithFixedDelay(this::applyIfDue, 1, MINUTES, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void applyIfDue() {
        try {
            retention.applyIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the retention rules could not be applied; trying again in " + MINUTES
                    + " minutes", e);
        }
    }
}
