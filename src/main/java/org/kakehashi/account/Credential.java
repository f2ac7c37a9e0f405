package org.kakehashi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A person's password, as a salted PBKDF2 hash. Wrong passwords slow their source down ({@link LoginThrottles}). */
@Entity
@Table(name = "credential")
public class Credential {

    @Id
    @Column(length = 64)
    private String username;

    @Version
    private long version;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Credential() {
    }

    Credential(String username, String passwordHash, Instant at) {
        this.username = username;
        change(passwordHash, at);
    }

    void change(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.changedAt = at;
    }

    String passwordHash() {
        return passwordHash;
    }
}
