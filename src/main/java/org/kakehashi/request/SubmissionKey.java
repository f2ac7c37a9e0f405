package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A submission made under an {@code Idempotency-Key}: the key (per caller) is the primary key, so of two identical
 * submissions racing each other exactly one can be stored; the other finds this row and answers with its request.
 */
@Entity
@Table(name = "submission_key")
public class SubmissionKey {

    @Id
    @Column(length = 64)
    private String id;

    /** The SHA-256 of the form, to tell a retry (same form) from a mistake (the key reused for another form). */
    @Column(nullable = false, updatable = false, length = 64)
    private String fingerprint;

    @Column(name = "request_number", nullable = false, updatable = false, length = 16)
    private String requestNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SubmissionKey() {
    }

    SubmissionKey(String caller, String key, String fingerprint, RequestNumber number, Instant at) {
        this.id = idOf(caller, key);
        this.fingerprint = fingerprint;
        this.requestNumber = number.value();
        this.createdAt = at;
    }

    static String idOf(String caller, String key) {
        return sha256(caller + "\n" + key);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    String fingerprint() {
        return fingerprint;
    }

    RequestNumber requestNumber() {
        return RequestNumber.parse(requestNumber);
    }
}
