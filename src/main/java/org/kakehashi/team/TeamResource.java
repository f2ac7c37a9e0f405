package org.kakehashi.team;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.CallerIdentification;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;

/** The coordinator's team view, for the office only. */
@Path("team")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    TeamView team;
    @Inject
    CallerIdentification identification;
    @Inject
    Clock clock;

    /** @param week any day of the week (2026-12-09 gives the week from Monday 2026-12-07); this week when absent */
    @GET
    public TeamWeek week(@QueryParam("week") String week) {
        return team.week(identification.caller(), week == null || week.isBlank() ? LocalDate.now(clock) : date(week));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw TeamProblem.notADate(text);
        }
    }
}
