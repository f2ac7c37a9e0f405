package org.kakehashi.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kakehashi.platform.outbox.Backoff;
import org.kakehashi.platform.outbox.Sending;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One event for one endpoint, waiting to go out, taken by the receiver, or given up on after
 * {@link #MAX_ATTEMPTS} tries (which the administrator sees and can send again); retries wait
 * {@code kakehashi.webhook.retry-seconds}, then twice that, four times … — at most an hour. Every attempt carries
 * the same {@code webhook-id}, so a receiver that took it before a lost answer can tell it has it already.
 */
@Entity
@Table(name = "webhook_message", indexes = @Index(name = "webhook_message_due", columnList = "status, next_attempt_at"))
public class WebhookMessage {

    static final int MAX_ATTEMPTS = 12;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    private UUID id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "endpoint_id", nullable = false, updatable = false)
    private WebhookEndpoint endpoint;

    @Column(nullable = false, updatable = false, length = 32)
    private WebhookEvent event;

    @Column(name = "request_number", nullable = false, updatable = false, length = 16)
    private String requestNumber;

    @Column(nullable = false, updatable = false, length = 4000)
    private String payload;

    @Embedded
    private Sending sending;

    protected WebhookMessage() {
    }

    WebhookMessage(WebhookEndpoint endpoint, WebhookEvent event, String requestNumber, String payload, Instant at) {
        this.id = UUID.randomUUID();
        this.endpoint = endpoint;
        this.event = event;
        this.requestNumber = requestNumber;
        this.payload = payload;
        this.sending = Sending.queued(at);
    }

    /** The {@code webhook-id}: the same on every attempt. */
    public String messageId() {
        return "msg_" + id.toString().replace("-", "");
    }

    /** @param firstWait how long the first retry waits; each one after waits twice as long, up to an hour */
    void failed(String error, Instant at, Duration firstWait) {
        sending.failed(error, at, new Backoff(firstWait, LONGEST_WAIT, MAX_ATTEMPTS));
    }

    public Sending sending() {
        return sending;
    }

    public UUID id() {
        return id;
    }

    public WebhookEndpoint endpoint() {
        return endpoint;
    }

    public WebhookEvent event() {
        return event;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public String payload() {
        return payload;
    }
}
