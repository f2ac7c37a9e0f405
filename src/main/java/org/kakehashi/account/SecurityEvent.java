package org.kakehashi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log: a login, a failed one, a change of someone's roles, an access refused. */
@Entity
@Table(name = "security_event", indexes = @Index(name = "security_event_at", columnList = "occurred_at"))
public class SecurityEvent {

    /** {@code ACCOUNT_LOCKED} is only in records from before wrong passwords slowed their source instead. */
    public enum Kind {
        LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED, LOGGED_OUT, PASSWORD_CHANGED, PERSON_CREATED, ROLES_CHANGED,
        PERSON_DEACTIVATED, ACCESS_REFUSED, CSRF_REFUSED, RATE_LIMITED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private Kind kind;

    /** Who it is about: the user who logged in or tried to, the person whose roles changed. */
    @Column(length = 64, updatable = false)
    private String subject;

    /** Who did it, when not the subject: the administrator who changed the roles. */
    @Column(length = 64, updatable = false)
    private String actor;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    @Column(length = 500, updatable = false)
    private String detail;

    protected SecurityEvent() {
    }

    SecurityEvent(Instant occurredAt, Kind kind, String subject, String actor, String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.subject = subject;
        this.actor = actor;
        this.remoteAddress = remoteAddress;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String actor() {
        return actor;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    public String detail() {
        return detail;
    }
}
