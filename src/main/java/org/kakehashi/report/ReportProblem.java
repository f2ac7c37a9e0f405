package org.kakehashi.report;

import org.kakehashi.platform.problem.DomainProblem;

/** Refusals about reports: a fiscal year out of range, a table that does not exist, a reader who may not read. */
class ReportProblem extends DomainProblem {

    private ReportProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static ReportProblem yearOutOfRange(int year) {
        return new ReportProblem(Kind.INVALID, "report.year-out-of-range", "year", year, ReportResource.FIRST_YEAR,
                ReportResource.LAST_YEAR);
    }

    static ReportProblem noSuchTable(String table) {
        return new ReportProblem(Kind.NOT_FOUND, "report.no-such-table", null, table);
    }

    static ReportProblem notForCaller() {
        return new ReportProblem(Kind.FORBIDDEN, "report.office-only", null);
    }
}
