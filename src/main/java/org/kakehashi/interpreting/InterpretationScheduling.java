package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.time.Clock;

/** Booking an interpreter for an accepted interpretation request, refusing a double booking. */
@ApplicationScoped
@Transactional
public class InterpretationScheduling {

    @Inject
    RequestWork work;
    @Inject
    InterpreterCalendar calendar;
    @Inject
    Clock clock;

    public void schedule(RequestNumber number, String coordinator, String interpreter) {
        Request request = work.get(number);
        if (request.event() == null) {
            throw InterpretingProblem.notAnInterpretation(number);
        }
        if (interpreter != null && !interpreter.isBlank()) {
            calendar.checkFree(interpreter.strip(), request);
        }
        request.schedule(coordinator, interpreter, clock.instant());
    }
}
