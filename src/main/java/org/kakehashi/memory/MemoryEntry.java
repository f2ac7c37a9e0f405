package org.kakehashi.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.web.SecretToken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A segment and its translation in the office's memory, with where it came from. A removed entry stays, marked,
 * so that the audit can say what was removed, by whom and why; it is never offered again.
 */
@Entity
@Table(name = "translation_memory_entry")
public class MemoryEntry {

    /** Longer segments are kept whole up to this length; a longer one is not remembered. */
    static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(nullable = false)
    private long revision;

    @Column(name = "source_language", nullable = false, updatable = false, length = 35)
    private LanguageTag sourceLanguage;

    @Column(name = "target_language", nullable = false, updatable = false, length = 35)
    private LanguageTag targetLanguage;

    @Column(name = "source_text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String source;

    /** The source text's SHA-256, by which an import finds a pair the memory has already. */
    @Column(name = "source_hash", nullable = false, updatable = false, length = 64)
    private String sourceHash;

    @Column(name = "target_text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Provenance.Origin origin;

    @Column(name = "request_number", updatable = false, length = 16)
    private String request;

    @Column(updatable = false, length = 64)
    private String department;

    @Column(updatable = false, length = 64)
    private String translator;

    @Column(updatable = false, length = 64)
    private String reviewer;

    @Column(name = "translated_on", updatable = false)
    private LocalDate translatedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by", length = 64)
    private String removedBy;

    @Column(name = "removal_reason", length = 500)
    private String removalReason;

    protected MemoryEntry() {
    }

    MemoryEntry(LanguageTag sourceLanguage, LanguageTag targetLanguage, String source, String target,
                Provenance from, Instant recordedAt) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.source = source;
        this.sourceHash = hashOf(source);
        this.target = target;
        this.origin = from.origin();
        this.request = from.request();
        this.department = from.department();
        this.translator = from.translator();
        this.reviewer = from.reviewer();
        this.translatedOn = from.date();
        this.recordedAt = recordedAt;
    }

    static String hashOf(String text) {
        return SecretToken.hashOf(text);
    }

    static boolean fits(String text) {
        return text != null && !text.isBlank() && text.length() <= TEXT_LENGTH;
    }

    void revision(long revision) {
        this.revision = revision;
    }

    void remove(String by, String reason, Instant at) {
        removedAt = at;
        removedBy = by;
        removalReason = reason;
    }

    boolean removed() {
        return removedAt != null;
    }

    RememberedPair pair() {
        return new RememberedPair(id.toString(), sourceLanguage.value(), targetLanguage.value(), source, target,
                provenance());
    }

    public Provenance provenance() {
        return new Provenance(origin, request, department, translator, reviewer, translatedOn);
    }

    public UUID id() {
        return id;
    }

    public long revisionNumber() {
        return revision;
    }

    public LanguageTag sourceLanguage() {
        return sourceLanguage;
    }

    public LanguageTag targetLanguage() {
        return targetLanguage;
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }

    public Instant removedAt() {
        return removedAt;
    }
}
