package org.kakehashi.account;

import java.time.Duration;

/**
 * How long one source must wait before its next password for one account, after a run of wrong ones: nothing for
 * the first {@value #FREE_TRIES} (a person mistyping), then a delay that doubles with each further wrong password
 * up to {@link #LONGEST} — the growing delays of OWASP ASVS 2.2.1, which slow a guesser to a few tries an hour
 * without locking the account's owner out of it from their own machine.
 */
final class GuessingDelay {

    static final int FREE_TRIES = 3;
    static final Duration LONGEST = Duration.ofMinutes(15);
    /** A run of wrong passwords this long ago is forgotten. */
    static final Duration MEMORY = Duration.ofHours(24);

    private GuessingDelay() {
    }

    static Duration after(int wrongInARow) {
        if (wrongInARow <= FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = wrongInARow - FREE_TRIES - 1;
        if (doublings >= 30) {
            return LONGEST;
        }
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
