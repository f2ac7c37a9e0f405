package org.kakehashi.interpreting;

import org.kakehashi.request.Request;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Booked interpretations by interpreter, and the rule that keeps an interpreter from being double-booked: two of
 * their events clash when, each widened by the travel buffer, they overlap.
 */
public final class Bookings {

    private final Map<String, List<Request>> byInterpreter;
    private final Duration travelBuffer;

    public Bookings(Collection<Request> booked, Duration travelBuffer) {
        this.byInterpreter = booked.stream().collect(Collectors.groupingBy(Request::interpreter));
        this.travelBuffer = travelBuffer;
    }

    /** The interpreter's bookings, other than the request itself, that the request's event would clash with. */
    public List<Request> clashesFor(String interpreter, Request request) {
        return byInterpreter.getOrDefault(interpreter, List.of()).stream()
                .filter(other -> !other.number().equals(request.number()))
                .filter(other -> other.event().overlaps(request.event(), travelBuffer))
                .toList();
    }

    public Duration travelBuffer() {
        return travelBuffer;
    }
}
