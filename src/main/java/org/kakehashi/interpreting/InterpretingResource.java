package org.kakehashi.interpreting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.request.RequestNumber;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** The coordinators' interpreting calendar and the interpreters free for an event, for the office only. */
@Path("interpreting")
@Produces(MediaType.APPLICATION_JSON)
public class InterpretingResource {

    @Inject
    InterpretingWeeks weeks;
    @Inject
    InterpreterAvailability availability;
    @Inject
    CallerIdentification identification;
    @Inject
    Clock clock;

    /** @param start any day of the week (2027-05-05 gives the week from Monday 2027-05-03); this week when absent */
    @GET
    @Path("week")
    public InterpretingWeek week(@QueryParam("start") String start) {
        requireOffice();
        return weeks.week(CalendarWeek.containing(start == null ? LocalDate.now(clock) : date(start)));
    }

    @GET
    @Path("interpreters")
    public List<InterpreterChoice> interpreters(@QueryParam("number") String number) {
        requireOffice();
        if (number == null || number.isBlank()) {
            throw InterpretingProblem.numberMissing();
        }
        return availability.choicesFor(RequestNumber.named(number));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw InterpretingProblem.notADate(text);
        }
    }

    private void requireOffice() {
        if (!identification.caller().isOffice()) {
            throw InterpretingProblem.officeOnly();
        }
    }
}
