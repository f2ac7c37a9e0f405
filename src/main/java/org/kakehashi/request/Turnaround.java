package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.kakehashi.calendar.CityCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a request came in and when it went out: the moment it was submitted, the city's day it was received, the
 * day it was delivered, and the city business days in between, which the office's reports measure itself by.
 */
@Embeddable
public class Turnaround {

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    /** The day the office received it, in the city's time zone: it decides the request's fiscal year. */
    @Column(name = "received_on", updatable = false)
    private LocalDate receivedOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    /** City business days from receipt to delivery, counted with the calendar of the day it was delivered. */
    @Column(name = "turnaround_business_days")
    private Integer businessDays;

    protected Turnaround() {
    }

    Turnaround(Submission submission) {
        this.submittedAt = submission.at();
        this.receivedOn = submission.receivedOn();
    }

    void delivered(Instant at, ZoneId cityZone, CityCalendar calendar) {
        deliveredOn = LocalDate.ofInstant(at, cityZone);
        businessDays = calendar.businessDaysBetween(receivedOn, deliveredOn);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    /** Null until delivered. */
    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    /** Empty until delivered. */
    public Optional<Integer> businessDays() {
        return Optional.ofNullable(businessDays);
    }
}
