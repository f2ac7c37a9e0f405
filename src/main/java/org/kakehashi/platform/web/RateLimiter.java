package org.kakehashi.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.platform.identity.ClientAddress;
import org.kakehashi.platform.problem.TooManyRequestsException;

import java.time.Duration;
import java.time.Instant;

/**
 * Limits what one client (by {@link ClientAddress}) may do in a window of time: a fixed window per client and
 * purpose, counted in the database, so that behind a load balancer every node counts the same window.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    RateLimitWindows windows;

    /** @throws TooManyRequestsException when the client has used up this window's allowance */
    public void acquire(String purpose, String client, int allowed, Duration window) {
        String bucket = purpose + " " + client;
        try {
            windows.use(bucket, allowed, window);
        } catch (TooManyRequestsException e) {
            throw e;
        } catch (RuntimeException firstUseOnTwoNodesAtOnce) {
            // the other node's insert of the client's new window won: count on its row
            windows.use(bucket, allowed, window);
        }
    }

    /** Windows over for a day are of no use: swept away by the daily retention. */
    public int forgetWindowsBefore(Instant cutoff) {
        return windows.forgetBefore(cutoff);
    }
}
