package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Whether an interpreter is free for an event: no other booked event of theirs may come within the travel buffer
 * (the setting {@code interpreting.travel-minutes}) of it.
 */
@ApplicationScoped
public class InterpreterCalendar {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    OfficeSettings settings;
    @Inject
    RequestRepository requests;

    /** Every booking that could clash with an event between {@code from} and {@code to}. */
    public Bookings bookingsAround(Instant from, Instant to) {
        Duration buffer = Duration.ofMinutes(settings.number(Setting.TRAVEL_MINUTES));
        return new Bookings(requests.bookingsBetween(from.minus(buffer), to.plus(buffer)), buffer);
    }

    /** @throws InterpretationConflict naming the booking that would overlap */
    public void checkFree(String interpreter, Request booking) {
        Bookings bookings = bookingsAround(booking.event().start(), booking.event().end());
        bookings.clashesFor(interpreter, booking).stream().findFirst().ifPresent(other -> {
            InterpretingEvent taken = other.event();
            throw new InterpretationConflict(interpreter, other.number().value(),
                    TIME.format(taken.start().atZone(taken.zone())), TIME.format(taken.end().atZone(taken.zone())),
                    bookings.travelBuffer().toMinutes());
        });
    }
}
