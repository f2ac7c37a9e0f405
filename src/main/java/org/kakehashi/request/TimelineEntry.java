package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.UUID;

/** One step in a request's history: who did what, when, with an optional note (a reason, a comment). */
@Entity
@Table(name = "request_timeline")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 32)
    private TimelineEvent event;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    /** The target language of the job the step concerns; null for steps of the whole request. */
    @Column(name = "target_language", updatable = false, length = 35)
    private LanguageTag target;

    @Column(length = 4000)
    private String note;

    protected TimelineEntry() {
    }

    TimelineEntry(Instant occurredAt, TimelineEvent event, String actor, LanguageTag target, String note) {
        this.occurredAt = occurredAt;
        this.event = event;
        this.actor = actor;
        this.target = target;
        this.note = note;
    }

    /** Retention: what was written goes, the step itself (who, what, when) stays. */
    void eraseNote() {
        note = null;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public TimelineEvent event() {
        return event;
    }

    public String actor() {
        return actor;
    }

    public LanguageTag target() {
        return target;
    }

    public String note() {
        return note;
    }
}
