package org.kakehashi.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a message that failed waits before it is tried again: the first wait, then twice that, four times …,
 * never longer than the longest wait; after the last attempt it is given up on, for a person to send again.
 */
public record Backoff(Duration firstWait, Duration longestWait, int attempts) {

    /** @return when to try next after the given number of failed attempts, or empty when that was the last */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        if (failedAttempts >= attempts) {
            return Optional.empty();
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(failedAttempts - 1, 10));
        return Optional.of(failedAt.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait));
    }
}
