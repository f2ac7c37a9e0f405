package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.directory.Directory;
import org.kakehashi.request.BookingRules;
import org.kakehashi.request.Request;

/**
 * Who may be booked to interpret: someone who interprets in the event's mode and languages, and is free then. A
 * missing interpreter is the request's own refusal.
 */
@ApplicationScoped
public class InterpreterBookingRules implements BookingRules {

    private InterpreterCalendar calendar;
    private Directory directory;
    private Interpreters interpreters;

    /** For the container's proxies only. */
    protected InterpreterBookingRules() {
    }

    @Inject
    public InterpreterBookingRules(InterpreterCalendar calendar, Directory directory, Interpreters interpreters) {
        this.calendar = calendar;
        this.directory = directory;
        this.interpreters = interpreters;
    }

    @Override
    public void requireBookable(Request request, String interpreter) {
        if (request.event() == null) {
            throw InterpretingProblem.notAnInterpretation(request.number());
        }
        if (interpreter == null || interpreter.isBlank()) {
            return;
        }
        String chosen = interpreter.strip();
        interpreters.holdForBooking(chosen);
        boolean qualified = new InterpreterPool(directory.people(), interpreters.modes()).candidatesFor(request)
                .stream().anyMatch(person -> person.username().equals(chosen));
        if (!qualified) {
            throw InterpretingProblem.cannotInterpret(chosen);
        }
        calendar.checkFree(chosen, request);
    }
}
