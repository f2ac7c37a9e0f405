package org.kakehashi.interpreting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.kakehashi.request.RequestNumber;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The requests of one repeating meeting, in the order of their days. Each is a request of its own — triaged,
 * booked, reminded of, reported on — which the series lets the office book, change or cancel all at once.
 */
@Entity
@Table(name = "booking_series")
public class BookingSeries {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Recurrence.Frequency frequency;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "booking_series_request", joinColumns = @JoinColumn(name = "series_id"))
    @OrderColumn(name = "position")
    @Column(name = "request_number", nullable = false, length = 16)
    private List<String> requests = new ArrayList<>();

    protected BookingSeries() {
    }

    BookingSeries(Recurrence.Frequency frequency, List<RequestNumber> requests, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.frequency = frequency;
        this.requests = new ArrayList<>(requests.stream().map(RequestNumber::value).toList());
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public Recurrence.Frequency frequency() {
        return frequency;
    }

    public List<RequestNumber> requests() {
        return requests.stream().map(RequestNumber::parse).toList();
    }
}
