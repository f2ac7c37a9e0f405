package org.kakehashi.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.kakehashi.language.LanguageTag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * A finding of a job's checks, kept once however often it is raised: when it was first raised and at which
 * stage, and, once the translator or reviewer overrode it, who did, when and why. The report counts them by kind.
 */
@Entity
@Table(name = "quality_finding")
public class RecordedFinding {

    static final int TEXT_LENGTH = 1000;
    static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "request_number", nullable = false, updatable = false, length = 16)
    private String request;

    @Column(name = "target_language", nullable = false, updatable = false, length = 35)
    private LanguageTag target;

    /** The SHA-256 of the finding's {@link Finding#key()}, which can be longer than a column. */
    @Column(name = "finding_key", nullable = false, updatable = false, length = 64)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private FindingKind kind;

    @Column(name = "segment_id", nullable = false, updatable = false, length = 100)
    private String segment;

    @Column(updatable = false, length = TEXT_LENGTH)
    private String expected;

    @Column(length = TEXT_LENGTH)
    private String found;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Stage stage;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false, updatable = false, length = 64)
    private String raisedBy;

    @Column(name = "overridden_at")
    private Instant overriddenAt;

    @Column(name = "overridden_by", length = 64)
    private String overriddenBy;

    @Column(name = "override_reason", length = REASON_LENGTH)
    private String overrideReason;

    protected RecordedFinding() {
    }

    RecordedFinding(String request, LanguageTag target, Finding finding, Stage stage, String by, Instant at) {
        this.request = request;
        this.target = target;
        this.key = keyOf(finding);
        this.kind = finding.kind();
        this.segment = shortened(finding.segment(), 100);
        this.expected = shortened(finding.expected(), TEXT_LENGTH);
        this.found = shortened(finding.found(), TEXT_LENGTH);
        this.stage = stage;
        this.raisedBy = by;
        this.raisedAt = at;
    }

    void override(String reason, String by, Instant at) {
        this.overrideReason = reason;
        this.overriddenBy = by;
        this.overriddenAt = at;
    }

    static String keyOf(Finding finding) {
        return keyOf(finding.key());
    }

    static String keyOf(String findingKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(findingKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortened(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    String key() {
        return key;
    }

    public Finding finding() {
        return new Finding(kind, segment, expected, found);
    }

    public FindingKind kind() {
        return kind;
    }

    public String segment() {
        return segment;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }

    public Stage stage() {
        return stage;
    }

    public boolean overridden() {
        return overriddenAt != null;
    }

    public Optional<String> overrideReason() {
        return Optional.ofNullable(overrideReason);
    }

    public Optional<String> overriddenBy() {
        return Optional.ofNullable(overriddenBy);
    }
}
