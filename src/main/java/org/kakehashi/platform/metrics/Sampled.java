package org.kakehashi.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A value read from the database for a gauge, read again only when it is older than {@link #FRESHNESS}: a scrape
 * every few seconds from several Prometheus servers costs one query per half minute. A read that fails keeps the
 * value before it (and the next scrape tries again).
 */
public final class Sampled<T> implements Supplier<T> {

    public static final Duration FRESHNESS = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(Sampled.class.getName());

    private final Supplier<T> read;
    private final Clock clock;
    private T value;
    private Instant readAt;

    /** @param initial the value until the first read succeeds */
    public Sampled(Supplier<T> read, T initial, Clock clock) {
        this.read = read;
        this.value = initial;
        this.clock = clock;
    }

    @Override
    public synchronized T get() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(FRESHNESS))) {
            readAt = now;
            try {
                value = read.get();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a metric could not be read; keeping the last value", e);
            }
        }
        return value;
    }
}
