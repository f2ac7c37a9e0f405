package org.kakehashi.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sent a request from the public form, how to reach them and in which language (the form's, whatever the
 * language of their text), with the hash of their status link and the
 * form token's nonce. Retention erases the person and keeps the hash, so the link answers that the data is gone.
 */
@Embeddable
public class CitizenOrigin {

    @Column(name = "citizen_name", length = 200)
    private String name;

    @Column(name = "citizen_email", length = 254)
    private String email;

    @Column(name = "citizen_language", length = 35, updatable = false)
    private LanguageTag language;

    /** The SHA-256 of the citizen's secret status link: the link itself is never stored. */
    @Column(name = "status_token_hash", length = 64, unique = true)
    private String statusTokenHash;

    /** The public form's one-time token this request was sent with: a token is good for one request. */
    @Column(name = "form_nonce", length = 32, unique = true)
    private String formNonce;

    @Column(name = "personal_data_erased_at")
    private Instant personalDataErasedAt;

    /** The photo or scan of the letter the citizen received, if they sent one: read by the office, never merged into. */
    @OneToOne(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "citizen_letter_id", updatable = false)
    private StoredDocument letter;

    protected CitizenOrigin() {
    }

    /**
     * @param email    null or blank when the citizen gave none: they follow the request by its status link
     * @param language the language the form spoke to them in
     */
    public CitizenOrigin(String name, String email, LanguageTag language, String statusTokenHash, String formNonce) {
        this.name = Objects.requireNonNull(name).strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.language = Objects.requireNonNull(language);
        this.statusTokenHash = Objects.requireNonNull(statusTokenHash);
        this.formNonce = Objects.requireNonNull(formNonce);
    }

    /** The same citizen with the photo or scan of the letter they received. */
    public CitizenOrigin withLetter(StoredDocument scan) {
        CitizenOrigin with = new CitizenOrigin(name, email, language, statusTokenHash, formNonce);
        with.letter = Objects.requireNonNull(scan);
        return with;
    }

    /** @return false when it was erased before */
    boolean erase(Instant at) {
        if (personalDataErasedAt != null) {
            return false;
        }
        name = null;
        email = null;
        if (letter != null) {
            letter.erase(at);
        }
        personalDataErasedAt = at;
        return true;
    }

    /** Null once erased. */
    public String name() {
        return name;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** The language every mail to the citizen is written in. */
    public LanguageTag language() {
        return language;
    }

    public Optional<StoredDocument> letter() {
        return Optional.ofNullable(letter);
    }

    public Optional<Instant> personalDataErasedAt() {
        return Optional.ofNullable(personalDataErasedAt);
    }
}
