package org.kakehashi.team;

import org.kakehashi.platform.problem.DomainProblem;

/** Refusals about the team view: for the office only, of a week named by a date. */
public class TeamProblem extends DomainProblem {

    private TeamProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static TeamProblem officeOnly() {
        return new TeamProblem(Kind.FORBIDDEN, "team.office-only", null);
    }

    static TeamProblem notADate(String week) {
        return new TeamProblem(Kind.INVALID, "team.not-a-date", "week", week);
    }
}
