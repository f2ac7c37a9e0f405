package org.kakehashi.platform.outbox;

import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * The due messages of an outbox, locked for the sending transaction and passed over where another node holds them
 * ({@code FOR UPDATE SKIP LOCKED}): two nodes never send the same message at once, and neither waits for the other.
 */
public final class SkipLocked {

    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";
    private static final int SKIP = -2;

    private SkipLocked() {
    }

    public static <T> TypedQuery<T> rows(TypedQuery<T> query) {
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(LOCK_TIMEOUT, SKIP);
    }
}
