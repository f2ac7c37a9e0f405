package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.util.List;

/** Who could interpret at a request's event, and who of them is free for it: the scheduling form's choices. */
@ApplicationScoped
@Transactional
public class InterpreterAvailability {

    @Inject
    RequestWork work;
    @Inject
    InterpreterCalendar calendar;
    @Inject
    Directory directory;
    @Inject
    Interpreters interpreters;

    public List<InterpreterChoice> choicesFor(RequestNumber number) {
        Request request = work.get(number);
        InterpretingEvent event = request.event();
        if (event == null) {
            throw InterpretingProblem.notAnInterpretation(number);
        }
        Bookings bookings = calendar.bookingsAround(event.start(), event.end());
        return new InterpreterPool(directory.people(), interpreters.modes()).candidatesFor(request).stream()
                .map(person -> bookings.clashesFor(person.username(), request).stream().findFirst()
                        .map(other -> new InterpreterChoice(person.username(), person.displayName(), false,
                                other.number().value()))
                        .orElse(new InterpreterChoice(person.username(), person.displayName(), true, null)))
                .toList();
    }
}
