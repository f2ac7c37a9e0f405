package org.kakehashi.platform.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits what one client (by address) may do in a window of time: a fixed window per client and purpose. The counts
 * live in this node's memory, so behind a load balancer each node allows the limit — a bound on abuse, not an
 * exact quota.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_TRACKED = 100_000;

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** @throws TooManyRequestsException when the client has used up this window's allowance */
    public void acquire(String purpose, String client, int allowed, Duration window) {
        Instant now = clock.instant();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.start().plus(Duration.ofDays(1)).isBefore(now));
        }
        Window current = windows.compute(purpose + " " + client, (key, w) ->
                w == null || !now.isBefore(w.start().plus(window)) ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (current.count() > allowed) {
            throw new TooManyRequestsException(Duration.between(now, current.start().plus(window)));
        }
    }
}
