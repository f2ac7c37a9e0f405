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

import java.time.Instant;
import java.util.UUID;

/** One download through a delivery link: when, by whom as far as known, from where. */
@Entity
@Table(name = "delivery_download", indexes = @Index(name = "delivery_download_link", columnList = "link_id"))
public class LinkDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "link_id", nullable = false, updatable = false)
    private DeliveryLink link;

    @Column(name = "downloaded_at", nullable = false, updatable = false)
    private Instant at;

    /** The logged-in person, or the link's recipient when the link was opened without a login. */
    @Column(name = "downloaded_by", nullable = false, updatable = false, length = 254)
    private String by;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    protected LinkDownload() {
    }

    LinkDownload(DeliveryLink link, Instant at, String by, String remoteAddress) {
        this.link = link;
        this.at = at;
        this.by = by;
        this.remoteAddress = remoteAddress;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String remoteAddress() {
        return remoteAddress;
    }
}
