package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.absence.AbsenceRegister;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Who could interpret at a request's event, and who of them is free for it — neither away on a day of the event nor
 * booked too close to it: the scheduling form's choices.
 */
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
    @Inject
    AbsenceRegister absences;

    public List<InterpreterChoice> choicesFor(RequestNumber number) {
        Request request = work.get(number);
        InterpretingEvent event = request.event();
        if (event == null) {
            throw InterpretingProblem.notAnInterpretation(number);
        }
        Bookings bookings = calendar.bookingsAround(event.start(), event.end());
        Set<String> away = absences.away(LocalDate.ofInstant(event.start(), event.zone()),
                LocalDate.ofInstant(event.end(), event.zone()));
        return new InterpreterPool(directory.people(), interpreters.modes()).candidatesFor(request).stream()
                .map(person -> choice(person, request, bookings, away.contains(person.username())))
                .toList();
    }

    private static InterpreterChoice choice(Person person, Request request, Bookings bookings, boolean away) {
        if (away) {
            return new InterpreterChoice(person.username(), person.displayName(), false, true, null);
        }
        return bookings.clashesFor(person.username(), request).stream().findFirst()
                .map(other -> new InterpreterChoice(person.username(), person.displayName(), false, false,
                        other.number().value()))
                .orElse(new InterpreterChoice(person.username(), person.displayName(), true, false, null));
    }
}
