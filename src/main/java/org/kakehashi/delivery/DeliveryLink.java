package org.kakehashi.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.kakehashi.document.StoredDocument;

import java.time.Instant;
import java.util.UUID;

/**
 * One recipient's link to one delivered file. The link's secret is never stored, only its SHA-256, so the
 * database alone opens nothing; it stops working when it expires or is revoked.
 */
@Entity
@Table(name = "delivery_link", indexes = @Index(name = "delivery_link_request", columnList = "request_number"))
public class DeliveryLink {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "request_number", nullable = false, updatable = false, length = 16)
    private String requestNumber;

    @Column(name = "target_language", nullable = false, updatable = false, length = 35)
    private String targetLanguage;

    /** The directory's user name, or the citizen's mail address. */
    @Column(nullable = false, updatable = false, length = 254)
    private String recipient;

    @Column(length = 64, updatable = false)
    private String partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private StoredDocument document;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected DeliveryLink() {
    }

    DeliveryLink(String tokenHash, String requestNumber, String targetLanguage, String recipient, String partner,
                 StoredDocument document, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.requestNumber = requestNumber;
        this.targetLanguage = targetLanguage;
        this.recipient = recipient;
        this.partner = partner;
        this.document = document;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** @throws DeliveryProblem when the link was revoked or has expired */
    void requireOpen(Instant at) {
        if (revokedAt != null) {
            throw DeliveryProblem.revoked();
        }
        if (!at.isBefore(expiresAt)) {
            throw DeliveryProblem.expired();
        }
    }

    void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }

    public UUID id() {
        return id;
    }

    public String requestNumber() {
        return requestNumber;
    }

    public String targetLanguage() {
        return targetLanguage;
    }

    public String recipient() {
        return recipient;
    }

    public String partner() {
        return partner;
    }

    public StoredDocument document() {
        return document;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
