package org.kakehashi.webhook;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A receiver an administrator registered: where to post, which events it wants, and the secret its messages are
 * signed with. Retiring it stops new messages; those already written still go out.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    private UUID id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(length = 200)
    private String description;

    @Column(nullable = false, length = 64)
    private String secret;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_endpoint_event", joinColumns = @JoinColumn(name = "endpoint_id"))
    @Column(name = "event", length = 32)
    private Set<WebhookEvent> events = new HashSet<>();

    @Column(nullable = false)
    private boolean active;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 64)
    private String registeredBy;

    protected WebhookEndpoint() {
    }

    WebhookEndpoint(URI url, String description, Set<WebhookEvent> events, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.url = url.toString();
        this.description = description;
        this.events = EnumSet.copyOf(events);
        this.secret = WebhookSignature.newSecret();
        this.active = true;
        this.registeredAt = at;
        this.registeredBy = by;
    }

    void retire() {
        active = false;
    }

    public UUID id() {
        return id;
    }

    public URI url() {
        return URI.create(url);
    }

    public String description() {
        return description;
    }

    String secret() {
        return secret;
    }

    public Set<WebhookEvent> events() {
        return Set.copyOf(events);
    }

    public boolean isActive() {
        return active;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }
}
