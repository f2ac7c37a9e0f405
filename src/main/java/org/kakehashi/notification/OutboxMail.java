package org.kakehashi.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kakehashi.platform.outbox.Backoff;
import org.kakehashi.platform.outbox.Sending;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A mail waiting to go out, gone out, or given up on after {@link #MAX_ATTEMPTS} tries (which the coordinator sees
 * and can send again). Retries wait longer each time — {@code kakehashi.mail.retry-seconds}, then twice that,
 * four times … — at most an hour.
 * <p>
 * A mail to a partner abroad may be held until a moment — its office's next office hour — in that office's time
 * zone ({@link #notBefore()}, {@link #notBeforeZone()}); its first attempt is then, and a coordinator's "send now"
 * lifts the hold.
 */
@Entity
@Table(name = "mail_outbox", indexes = @Index(name = "mail_outbox_due", columnList = "status, next_attempt_at"))
public class OutboxMail {

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

    @Column(name = "calendar_method", length = 16)
    private String calendarMethod;

    @Column(name = "calendar_file_name", length = 100)
    private String calendarFileName;

    @Column(name = "calendar_body", length = 20_000)
    private String calendar;

    /** The first moment the mail may go out; null for at once. */
    @Column(name = "not_before")
    private Instant notBefore;

    /** The time zone of the office whose hours the mail waits for, with {@link #notBefore}. */
    @Column(name = "not_before_zone", length = 64)
    private String notBeforeZone;

    @Embedded
    private Sending sending;

    protected OutboxMail() {
    }

    OutboxMail(MailMessage message, Instant at) {
        this(message, at, null);
    }

    /** @param notBefore when it may go out, in the zone of the office it waits for; null or not after {@code at}: now */
    OutboxMail(MailMessage message, Instant at, ZonedDateTime notBefore) {
        this.recipient = message.to().address();
        this.recipientName = message.to().name();
        this.kind = message.kind();
        this.requestNumber = message.requestNumber();
        this.subject = message.subject();
        this.text = message.text();
        this.html = message.html();
        if (message.invitation() != null) {
            this.calendarMethod = message.invitation().method();
            this.calendarFileName = message.invitation().fileName();
            this.calendar = message.invitation().calendar();
        }
        if (notBefore != null && notBefore.toInstant().isAfter(at)) {
            this.notBefore = notBefore.toInstant();
            this.notBeforeZone = notBefore.getZone().getId();
        }
        this.sending = Sending.queued(at, this.notBefore == null ? at : this.notBefore);
    }

    /** Sent again, or now rather than when it was held until, on a coordinator's word. */
    void sendNow(Instant at) {
        if (sending.status() != Sending.Status.SENT) {
            notBefore = null;
            notBeforeZone = null;
        }
        sending.retry(at);
    }

    /** Whether it still waits, at that moment, for the office hours of the partner it goes to. */
    public boolean isHeld(Instant at) {
        return notBefore != null && sending.status() == Sending.Status.QUEUED && notBefore.isAfter(at);
    }

    /** @param firstWait how long the first retry waits; each one after waits twice as long, up to an hour */
    void failed(String error, Instant at, Duration firstWait) {
        sending.failed(error, at, new Backoff(firstWait, LONGEST_WAIT, MAX_ATTEMPTS));
    }

    public MailMessage message() {
        return new MailMessage(new MailMessage.Recipient(recipient, recipientName), kind, requestNumber, subject,
                text, html, calendar == null ? null
                : new MailMessage.Invitation(calendarMethod, calendar, calendarFileName));
    }

    public Sending sending() {
        return sending;
    }

    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }

    public Optional<ZoneId> notBeforeZone() {
        return Optional.ofNullable(notBeforeZone).map(ZoneId::of);
    }

    public UUID id() {
        return id;
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
}
