package org.kakehashi.machine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.UUID;

/**
 * What the machine wrote for a segment of a job, kept so that a translation handed over with it unedited is told
 * apart from one a person wrote, and so that the machine is asked once per segment.
 */
@Entity
@Table(name = "machine_draft")
public class MachineDraft {

    static final int TEXT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "request_number", nullable = false, updatable = false, length = 16)
    private String request;

    @Column(name = "target_language", nullable = false, updatable = false, length = 35)
    private LanguageTag target;

    @Column(name = "segment_id", nullable = false, updatable = false, length = 100)
    private String segment;

    @Column(name = "draft_text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    @Column(nullable = false, updatable = false, length = 32)
    private String engine;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    protected MachineDraft() {
    }

    MachineDraft(String request, LanguageTag target, String segment, String text, String engine, Instant at) {
        this.request = request;
        this.target = target;
        this.segment = segment;
        this.text = text;
        this.engine = engine;
        this.draftedAt = at;
    }

    public String segment() {
        return segment;
    }

    public String text() {
        return text;
    }

    public String engine() {
        return engine;
    }
}
