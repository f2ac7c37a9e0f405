package org.kakehashi.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.request.TimelineEvent;

import java.time.Instant;
import java.util.UUID;

/** A change waiting for a person's next daily digest; once digested, never in another. */
@Entity
@Table(name = "digest_entry", indexes = @Index(name = "digest_entry_due", columnList = "digested_at, username"))
public class DigestEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "request_number", nullable = false, length = 16)
    private String requestNumber;

    @Column(nullable = false, length = 32)
    private TimelineEvent event;

    @Column(length = 64)
    private String actor;

    @Column(name = "target_language", length = 35)
    private String target;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "digested_at")
    private Instant digestedAt;

    protected DigestEntry() {
    }

    DigestEntry(String username, RequestStepTaken step) {
        this.username = username;
        this.requestNumber = step.number().value();
        this.event = step.event();
        this.actor = step.actor();
        this.target = step.target() == null ? null : step.target().value();
        this.occurredAt = step.at();
    }

    void digested(Instant at) {
        digestedAt = at;
    }

    public String username() {
        return username;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public TimelineEvent event() {
        return event;
    }

    public String actor() {
        return actor;
    }

    public String target() {
        return target;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
