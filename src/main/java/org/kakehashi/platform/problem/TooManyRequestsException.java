package org.kakehashi.platform.problem;

import java.time.Duration;

/** A client over its allowance: 429, with when to try again. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("too many requests; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** Rounded up: a client that waits as told is never early. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
