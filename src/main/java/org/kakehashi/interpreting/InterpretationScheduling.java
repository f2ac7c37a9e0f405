package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.time.Clock;

/**
 * Booking an interpreter for an accepted interpretation request: someone who interprets in the event's mode and
 * languages, and is free then.
 */
@ApplicationScoped
@Transactional
public class InterpretationScheduling {

    @Inject
    RequestWork work;
    @Inject
    InterpreterCalendar calendar;
    @Inject
    Directory directory;
    @Inject
    Interpreters interpreters;
    @Inject
    Clock clock;

    public void schedule(RequestNumber number, String coordinator, String interpreter) {
        Request request = work.get(number);
        if (request.event() == null) {
            throw InterpretingProblem.notAnInterpretation(number);
        }
        if (interpreter != null && !interpreter.isBlank()) {
            String chosen = interpreter.strip();
            boolean qualified = new InterpreterPool(directory.people(), interpreters.modes()).candidatesFor(request)
                    .stream().anyMatch(person -> person.username().equals(chosen));
            if (!qualified) {
                throw InterpretingProblem.cannotInterpret(chosen);
            }
            calendar.checkFree(chosen, request);
        }
        request.schedule(coordinator, interpreter, clock.instant());
    }
}
