package org.kakehashi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * A person's password, as a salted PBKDF2 hash, and the lock that repeated wrong passwords put on it: after
 * {@value #ATTEMPTS_BEFORE_LOCK} in a row the account refuses every password for {@link #LOCK}.
 */
@Entity
@Table(name = "credential")
public class Credential {

    static final int ATTEMPTS_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(length = 64)
    private String username;

    @Version
    private long version;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected Credential() {
    }

    Credential(String username, String passwordHash, Instant at) {
        this.username = username;
        change(passwordHash, at);
    }

    void change(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.changedAt = at;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    boolean isLocked(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /** @return whether this failure locked the account */
    boolean recordFailure(Instant at) {
        failedAttempts++;
        if (failedAttempts >= ATTEMPTS_BEFORE_LOCK) {
            failedAttempts = 0;
            lockedUntil = at.plus(LOCK);
            return true;
        }
        return false;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    String passwordHash() {
        return passwordHash;
    }
}
