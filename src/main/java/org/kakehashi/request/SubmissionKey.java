package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code Idempotency-Key} a request was submitted under, kept on the request: the key (per caller) is unique
 * among requests, so of two identical submissions — a retry, or two racing each other — exactly one can be stored;
 * the other finds the request with this key and answers with it.
 */
@Embeddable
public class SubmissionKey {

    /** The SHA-256 of the caller and the key. */
    @Column(name = "idempotency_key", unique = true, updatable = false, length = 64)
    private String id;

    /** The SHA-256 of the form, to tell a retry (same form) from a mistake (the key reused for another form). */
    @Column(name = "form_fingerprint", updatable = false, length = 64)
    private String fingerprint;

    protected SubmissionKey() {
    }

    private SubmissionKey(String id, String fingerprint) {
        this.id = id;
        this.fingerprint = fingerprint;
    }

    static SubmissionKey of(String caller, String key, String form) {
        return new SubmissionKey(idOf(caller, key), sha256(form));
    }

    static String idOf(String caller, String key) {
        return sha256(caller + "\n" + key);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    boolean isFor(String form) {
        return fingerprint.equals(sha256(form));
    }
}
