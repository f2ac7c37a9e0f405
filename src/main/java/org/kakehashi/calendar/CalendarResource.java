package org.kakehashi.calendar;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.RoleRequired;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * The days the city office is closed in a year — national holidays, the year-end days and the city's own — and
 * the administrator's list of the city's own.
 */
@Path("calendar/closed-days")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    public record ClosedDayForm(@NotNull LocalDate date, @NotBlank @Size(max = 200) String reason) {
    }

    @Inject
    CityClosedDays closedDays;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    /** The national holidays, the year-end days and the city's own closed days of a calendar year, by date. */
    @GET
    @Public
    @SecurityRequirementsSet
    public List<Closure> closedDays(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now().getYear() : year;
        if (y < JapaneseHolidays.FIRST_YEAR || y > JapaneseHolidays.LAST_YEAR) {
            throw new CalendarProblem("calendar.year-out-of-range", "year", y, JapaneseHolidays.FIRST_YEAR,
                    JapaneseHolidays.LAST_YEAR);
        }
        return closedDays.closures(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Closure add(ClosedDayForm form) {
        Caller admin = requireAdmin();
        validation.valid(form);
        closedDays.add(new ClosedDay(form.date(), form.reason().strip()), admin.username());
        return new Closure(form.date(), Closure.Kind.CITY, form.reason().strip(), form.reason().strip());
    }

    @DELETE
    @Path("{date}")
    public void remove(@PathParam("date") String date) {
        Caller admin = requireAdmin();
        try {
            closedDays.remove(LocalDate.parse(date), admin.username());
        } catch (DateTimeException e) {
            throw new CalendarProblem("calendar.not-a-date", "date", date);
        }
    }

    private Caller requireAdmin() {
        return RoleRequired.require(identification.caller(), Role.ADMIN, "calendar.admin-only");
    }

    /** A refusal about the calendar. */
    static class CalendarProblem extends DomainProblem {
        CalendarProblem(String key, String field, Object... arguments) {
            super(Kind.INVALID, key, field, arguments);
        }
    }
}
