package org.kakehashi.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One change an administrator made to the office's set-up: who, when, what, and the thing as it was before and as
 * it is after, each as the JSON the administration API shows (absent before a creation).
 */
@Entity
@Table(name = "administrative_change", indexes = @Index(name = "administrative_change_at", columnList = "occurred_at"))
public class AdministrativeChange {

    /** What was changed. */
    public enum Subject { PERSON, DEPARTMENT, PARTNER, CLOSED_DAY, SETTING, WEBHOOK, MEMORY_ENTRY, MEMORY_IMPORT,
        TERM_ENTRY, TERMBASE_IMPORT, STYLE_NOTES, ABSENCE }

    static final int STATE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "subject_kind", nullable = false, updatable = false, length = 16)
    private Subject subjectKind;

    @Column(nullable = false, updatable = false, length = 64)
    private String subject;

    @Column(name = "before_state", updatable = false, length = STATE_LENGTH)
    private String before;

    @Column(name = "after_state", updatable = false, length = STATE_LENGTH)
    private String after;

    protected AdministrativeChange() {
    }

    AdministrativeChange(Instant occurredAt, String actor, Subject subjectKind, String subject, String before,
                         String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subjectKind = subjectKind;
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Subject subjectKind() {
        return subjectKind;
    }

    public String subject() {
        return subject;
    }

    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    public Optional<String> after() {
        return Optional.ofNullable(after);
    }
}
