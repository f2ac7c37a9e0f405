package org.kakehashi.directory;

import org.kakehashi.platform.problem.DomainProblem;

/** Refusals about the office's departments and partners. */
public class DirectoryProblem extends DomainProblem {

    private DirectoryProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static DirectoryProblem invalid(String field, String messageKey, Object... arguments) {
        return new DirectoryProblem(Kind.INVALID, messageKey, field, arguments);
    }

    static DirectoryProblem taken(String code) {
        return new DirectoryProblem(Kind.CONFLICT, "directory.code-taken", "code", code);
    }

    static DirectoryProblem unknownDepartment(String code) {
        return new DirectoryProblem(Kind.NOT_FOUND, "directory.unknown-department", null, code);
    }

    static DirectoryProblem unknownPartner(String code) {
        return new DirectoryProblem(Kind.NOT_FOUND, "directory.unknown-partner", null, code);
    }
}
