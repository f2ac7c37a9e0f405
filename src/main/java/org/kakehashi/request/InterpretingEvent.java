package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The event an interpreter is asked for: when (stored as instants, with the zone it is held in), where, how and
 * for whom.
 */
@Embeddable
public class InterpretingEvent {

    @Column(name = "event_start")
    private Instant start;

    @Column(name = "event_end")
    private Instant end;

    @Column(name = "event_zone", length = 64)
    private String zone;

    @Column(name = "event_place", length = 300)
    private String place;

    @Column(name = "event_mode", length = 16)
    private InterpretingMode mode;

    @Column(name = "event_audience", length = 300)
    private String audience;

    protected InterpretingEvent() {
    }

    public InterpretingEvent(ZonedDateTime start, ZonedDateTime end, String place, InterpretingMode mode,
                             String audience) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an event ends after it starts");
        }
        this.start = start.toInstant();
        this.end = end.toInstant();
        this.zone = start.getZone().getId();
        this.place = place;
        this.mode = mode;
        this.audience = audience;
    }

    /** The same event without where it was and who was there, which may name people. */
    public InterpretingEvent withoutPlaceAndAudience() {
        InterpretingEvent erased = new InterpretingEvent();
        erased.start = start;
        erased.end = end;
        erased.zone = zone;
        erased.mode = mode;
        return erased;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public String place() {
        return place;
    }

    public InterpretingMode mode() {
        return mode;
    }

    public String audience() {
        return audience;
    }

    /** Whether two events, each widened by the travel buffer on both sides, overlap. */
    public boolean overlaps(InterpretingEvent other, Duration travelBuffer) {
        return start.minus(travelBuffer).isBefore(other.end) && end.plus(travelBuffer).isAfter(other.start);
    }
}
