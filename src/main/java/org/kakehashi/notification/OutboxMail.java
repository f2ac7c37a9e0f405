package org.kakehashi.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail waiting to go out, gone out, or given up on after {@link #MAX_ATTEMPTS} tries (which the coordinator sees
 * and can send again). Retries wait longer each time — {@code kakehashi.mail.retry-seconds}, then twice that,
 * four times … — at most an hour.
 */
@Entity
@Table(name = "mail_outbox", indexes = @Index(name = "mail_outbox_due", columnList = "status, next_attempt_at"))
public class OutboxMail {

    public enum Status { QUEUED, SENT, FAILED }

    static final int MAX_ATTEMPTS = 12;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "recipient_name", length = 200)
    private String recipientName;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "request_number", length = 16)
    private String requestNumber;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 100_000)
    private String text;

    @Column(name = "html_body", nullable = false, length = 200_000)
    private String html;

    @Column(nullable = false, length = 8)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    OutboxMail(MailMessage message, Instant at) {
        this.recipient = message.to().address();
        this.recipientName = message.to().name();
        this.kind = message.kind();
        this.requestNumber = message.requestNumber();
        this.subject = message.subject();
        this.text = message.text();
        this.html = message.html();
        this.status = Status.QUEUED;
        this.nextAttemptAt = at;
        this.queuedAt = at;
    }

    void sent(Instant at) {
        status = Status.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    /** @param firstWait how long the first retry waits; each one after waits twice as long, up to an hour */
    void failed(String error, Instant at, Duration firstWait) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    /** The coordinator sends a mail that was given up on once more, from now. */
    void retry(Instant at) {
        if (status == Status.FAILED) {
            status = Status.QUEUED;
            attempts = 0;
            nextAttemptAt = at;
        }
    }

    public MailMessage message() {
        return new MailMessage(new MailMessage.Recipient(recipient, recipientName), kind, requestNumber, subject,
                text, html);
    }

    public UUID id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String recipient() {
        return recipient;
    }

    public String kind() {
        return kind;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public String subject() {
        return subject;
    }

    public String lastError() {
        return lastError;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
