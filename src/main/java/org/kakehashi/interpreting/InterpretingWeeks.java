package org.kakehashi.interpreting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.calendar.Closure;
import org.kakehashi.directory.Department;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.CitizenOrigin;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The coordinators' interpreting calendar, a week at a time, in the city's time zone. */
@ApplicationScoped
@Transactional
public class InterpretingWeeks {

    @Inject
    RequestRepository requests;
    @Inject
    InterpreterCalendar calendar;
    @Inject
    CityClosedDays closedDays;
    @Inject
    Directory directory;
    @Inject
    Interpreters interpreters;
    @Inject
    Clock clock;

    public InterpretingWeek week(CalendarWeek week) {
        ZoneId zone = clock.getZone();
        List<Request> events = requests.interpretationsBetween(week.start(zone), week.end(zone));
        // an event may run over the week's edges, and its clashes with it
        Instant from = Stream.concat(Stream.of(week.start(zone)), events.stream().map(r -> r.event().start()))
                .min(Comparator.naturalOrder()).orElseThrow();
        Instant to = Stream.concat(Stream.of(week.end(zone)), events.stream().map(r -> r.event().end()))
                .max(Comparator.naturalOrder()).orElseThrow();
        Bookings bookings = calendar.bookingsAround(from, to);
        List<Person> people = directory.people();
        Names names = new Names(people.stream().collect(Collectors.toMap(Person::username, Function.identity())),
                directory.departments().stream().collect(Collectors.toMap(Department::code, Function.identity())));
        InterpreterPool pool = new InterpreterPool(people, interpreters.modes());
        return new InterpretingWeek(week.monday(), week.sunday(), bookings.travelBuffer().toMinutes(), days(week),
                events.stream().map(request -> event(request, names, conflicts(request, bookings, pool))).toList());
    }

    private List<InterpretingWeek.Day> days(CalendarWeek week) {
        CityCalendar city = closedDays.calendar();
        Map<LocalDate, Closure> closures = closedDays.closures(week.monday(), week.sunday()).stream()
                .collect(Collectors.toMap(Closure::date, Function.identity(), (holiday, cityOwn) -> holiday));
        return week.days().stream().map(day -> {
            Closure closure = closures.get(day);
            return new InterpretingWeek.Day(day, !city.isOpen(day), closure == null ? null : closure.nameJa(),
                    closure == null ? null : closure.nameEn());
        }).toList();
    }

    private static List<InterpretingWeek.Conflict> conflicts(Request request, Bookings bookings, InterpreterPool pool) {
        List<String> interpreters = request.interpreter() != null
                ? List.of(request.interpreter())
                : pool.candidatesFor(request).stream().map(Person::username).toList();
        return interpreters.stream()
                .flatMap(interpreter -> bookings.clashesFor(interpreter, request).stream()
                        .map(other -> new InterpretingWeek.Conflict(interpreter, other.number().value())))
                .toList();
    }

    private static InterpretingWeek.Event event(Request request, Names names,
                                                List<InterpretingWeek.Conflict> conflicts) {
        InterpretingEvent event = request.event();
        return new InterpretingWeek.Event(request.number().value(), request.status().name(),
                event.start().atZone(event.zone()).toOffsetDateTime(),
                event.end().atZone(event.zone()).toOffsetDateTime(), event.zone().getId(), event.place(),
                event.mode().name(),
                request.interpreter() == null ? null : names.person(request.interpreter(), request.interpreter()),
                names.person(request.requester().username(),
                        request.citizen().map(CitizenOrigin::name).orElse(request.requester().username())),
                names.department(request.requester().department()), request.brief().sourceLanguage().value(),
                request.jobs().get(0).targetLanguage().value(), conflicts);
    }

    /** The directory's names for the user names and department codes a request keeps. */
    private record Names(Map<String, Person> people, Map<String, Department> departments) {

        InterpretingWeek.PersonName person(String username, String otherwise) {
            Person person = people.get(username);
            return new InterpretingWeek.PersonName(username, person == null ? otherwise : person.displayName());
        }

        InterpretingWeek.DepartmentName department(String code) {
            if (code == null) {
                return null;
            }
            Department department = departments.get(code);
            return department == null
                    ? new InterpretingWeek.DepartmentName(code, code, code)
                    : new InterpretingWeek.DepartmentName(code, department.nameJa(), department.nameEn());
        }
    }
}
