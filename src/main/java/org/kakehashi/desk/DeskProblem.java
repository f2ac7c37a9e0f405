package org.kakehashi.desk;

import org.kakehashi.platform.problem.DomainProblem;

/** The desk is for the people who translate and review, its triage view for the office: anyone else is refused. */
public class DeskProblem extends DomainProblem {

    private DeskProblem(String key) {
        super(Kind.FORBIDDEN, key, null);
    }

    static DeskProblem translatorsOnly() {
        return new DeskProblem("desk.translators-only");
    }

    static DeskProblem officeOnly() {
        return new DeskProblem("desk.office-only");
    }
}
