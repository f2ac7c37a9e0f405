package org.kakehashi.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.Messages;

import java.time.Clock;
import java.time.LocalDate;

/** The fiscal-year report for the coordinators and the office manager, as JSON and as one CSV per table. */
@Path("reports/fiscal-year")
public class ReportResource {

    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2099;

    @Inject
    FiscalYearReports reports;
    @Inject
    CallerIdentification identification;
    @Inject
    Clock clock;
    @Context
    HttpHeaders headers;

    /** @param year the year the 年度 starts in (2026 for 令和8年度); the current one when absent */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public FiscalYearReport report(@QueryParam("year") Integer year) {
        requireOffice();
        return reports.report(fiscalYear(year), messages());
    }

    @GET
    @Path("{table}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("table") String table, @QueryParam("year") Integer year) {
        requireOffice();
        FiscalYear fiscalYear = fiscalYear(year);
        ReportTable found = reports.report(fiscalYear, messages()).tables().stream()
                .filter(t -> t.name().equals(table))
                .findFirst()
                .orElseThrow(() -> ReportProblem.noSuchTable(table));
        return Response.ok(ReportCsv.of(found))
                .header("Content-Disposition", "attachment; filename=\"kakehashi-fy" + fiscalYear.startYear() + "-"
                        + found.name() + ".csv\"")
                .build();
    }

    private FiscalYear fiscalYear(Integer year) {
        if (year == null) {
            return FiscalYear.of(LocalDate.now(clock));
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ReportProblem.yearOutOfRange(year);
        }
        return new FiscalYear(year);
    }

    private void requireOffice() {
        Caller caller = identification.caller();
        if (!caller.isOffice()) {
            throw ReportProblem.notForCaller();
        }
    }

    private Messages messages() {
        return Messages.forPreferences(headers.getAcceptableLanguages());
    }
}
