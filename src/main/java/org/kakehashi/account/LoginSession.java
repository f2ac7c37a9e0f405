package org.kakehashi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.kakehashi.directory.Person;

import java.time.Duration;
import java.time.Instant;

/**
 * A person's login session, known to every node because it lives in the database: found by the SHA-256 of the
 * {@link SessionKey} the browser holds, with the anti-forgery token of the session. It ends at logout (the row is
 * deleted), after {@link #IDLE} without use, and {@link #LIFETIME} after the login however busily it is used.
 */
@Entity
@Table(name = "login_session")
public class LoginSession {

    /** The idle timeout the servlet sessions had. */
    static final Duration IDLE = Duration.ofMinutes(30);
    /**
     * A working day with its overtime: a login in the morning lasts into the evening, and a stolen cookie, however
     * busily used, is worth nothing by the next morning.
     */
    static final Duration LIFETIME = Duration.ofHours(12);
    /**
     * How stale the recorded last use may grow: a page's bursts of calls cost a read each, and a write at most once
     * in this time. A session thus ends between {@code IDLE - RENEWAL} and {@code IDLE} after its last use.
     */
    static final Duration RENEWAL = Duration.ofMinutes(1);

    @Id
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "username", nullable = false)
    private Person person;

    @Column(name = "csrf_token", nullable = false, length = 43)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected LoginSession() {
    }

    LoginSession(SessionKey key, Person person, String csrfToken, Instant openedAt) {
        this.keyHash = key.hash();
        this.person = person;
        this.csrfToken = csrfToken;
        this.createdAt = openedAt;
        this.lastUsedAt = openedAt;
        this.expiresAt = openedAt.plus(LIFETIME);
    }

    /** Whether the session still lets its person in at that instant. */
    boolean isOpenAt(Instant now) {
        return now.isBefore(lastUsedAt.plus(IDLE)) && now.isBefore(expiresAt);
    }

    /** Records a use at that instant, at most once in {@link #RENEWAL}: true when the use is to be written. */
    boolean recordUseAt(Instant now) {
        if (now.isBefore(lastUsedAt.plus(RENEWAL))) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    /** The recorded last use before which every session has ended by the idle timeout. */
    static Instant idleCutoff(Instant now) {
        return now.minus(IDLE);
    }

    Person person() {
        return person;
    }

    String csrfToken() {
        return csrfToken;
    }

    String keyHash() {
        return keyHash;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
