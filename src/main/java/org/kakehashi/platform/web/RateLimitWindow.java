package org.kakehashi.platform.web;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** How much of its allowance one client has used for one purpose in the window that started at its start. */
@Entity
@Table(name = "rate_limit_window")
public class RateLimitWindow {

    @Id
    @Column(length = 200)
    private String bucket;

    @Column(name = "window_start", nullable = false)
    private Instant start;

    @Column(nullable = false)
    private int used;

    protected RateLimitWindow() {
    }

    RateLimitWindow(String bucket, Instant now) {
        this.bucket = bucket;
        this.start = now;
    }

    /** Counts one use at {@code now}, in a new window when the last one is over; @return the uses in this one */
    int use(Instant now, Duration length) {
        if (!now.isBefore(start.plus(length))) {
            start = now;
            used = 0;
        }
        return ++used;
    }

    Instant endsAt(Duration length) {
        return start.plus(length);
    }
}
