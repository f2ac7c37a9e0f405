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
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.platform.problem.InputValidation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The days the city office is closed in a year — national holidays, the year-end days and the city's own — and
 * the administrator's list of the city's own.
 */
@Path("calendar/closed-days")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    public enum Kind { NATIONAL_HOLIDAY, YEAR_END, CITY }

    public record ClosedDayView(LocalDate date, Kind kind, String nameJa, String nameEn) {
    }

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
    public List<ClosedDayView> closedDays(@QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now().getYear() : year;
        if (y < JapaneseHolidays.FIRST_YEAR || y > JapaneseHolidays.LAST_YEAR) {
            throw new CalendarProblem("calendar.year-out-of-range", "year", y, JapaneseHolidays.FIRST_YEAR,
                    JapaneseHolidays.LAST_YEAR);
        }
        List<ClosedDayView> days = new ArrayList<>();
        JapaneseHolidays.byLaw().holidaysOf(y)
                .forEach(h -> days.add(new ClosedDayView(h.date(), Kind.NATIONAL_HOLIDAY, h.nameJa(), h.nameEn())));
        for (LocalDate day = LocalDate.of(y, 1, 1); day.getYear() == y; day = day.plusDays(1)) {
            LocalDate date = day;
            if (isYearEnd(MonthDay.from(date)) && days.stream().noneMatch(d -> d.date().equals(date))) {
                days.add(new ClosedDayView(date, Kind.YEAR_END, "年末年始休業", "Year-end closing"));
            }
        }
        closedDays.between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))
                .forEach(c -> days.add(new ClosedDayView(c.date(), Kind.CITY, c.reason(), c.reason())));
        days.sort(Comparator.comparing(ClosedDayView::date));
        return days;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ClosedDayView add(ClosedDayForm form) {
        requireAdmin();
        validation.valid(form);
        closedDays.add(new ClosedDay(form.date(), form.reason().strip()));
        return new ClosedDayView(form.date(), Kind.CITY, form.reason().strip(), form.reason().strip());
    }

    @DELETE
    @Path("{date}")
    public void remove(@PathParam("date") String date) {
        requireAdmin();
        try {
            closedDays.remove(LocalDate.parse(date));
        } catch (DateTimeException e) {
            throw new CalendarProblem("calendar.not-a-date", "date", date);
        }
    }

    private void requireAdmin() {
        Caller caller = identification.caller();
        if (!caller.has(Role.ADMIN)) {
            throw new CalendarProblem(DomainProblem.Kind.FORBIDDEN, "calendar.admin-only");
        }
    }

    private static boolean isYearEnd(MonthDay day) {
        return !day.isBefore(CityCalendar.YEAR_END_FIRST) || !day.isAfter(CityCalendar.YEAR_END_LAST);
    }

    /** A refusal about the calendar. */
    static class CalendarProblem extends DomainProblem {
        CalendarProblem(String key, String field, Object... arguments) {
            super(Kind.INVALID, key, field, arguments);
        }

        CalendarProblem(Kind kind, String key) {
            super(kind, key, null);
        }
    }
}
