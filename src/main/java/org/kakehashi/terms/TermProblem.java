package org.kakehashi.terms;

import org.kakehashi.platform.problem.DomainProblem;

import java.util.UUID;

/** A termbase change that cannot be made as asked. */
public class TermProblem extends DomainProblem {

    private TermProblem(Kind kind, String key, String field, Object... arguments) {
        super(kind, key, field, arguments);
    }

    static TermProblem notFound(UUID id) {
        return new TermProblem(Kind.NOT_FOUND, "terms.entry-not-found", null, id.toString());
    }

    static TermProblem retired(UUID id) {
        return new TermProblem(Kind.GONE, "terms.entry-retired", null, id.toString());
    }

    static TermProblem changedMeanwhile(UUID id) {
        return new TermProblem(Kind.CONFLICT, "terms.entry-changed", "version", id.toString());
    }

    static TermProblem officeOnly() {
        return new TermProblem(Kind.FORBIDDEN, "terms.office-only", null);
    }

    static TermProblem translatorsOnly() {
        return new TermProblem(Kind.FORBIDDEN, "terms.translators-only", null);
    }

    static TermProblem invalid(String field, String key, Object... arguments) {
        return new TermProblem(Kind.INVALID, key, field, arguments);
    }

    static TermProblem unreadable(String key, Object... arguments) {
        return new TermProblem(Kind.INVALID, key, "file", arguments);
    }
}
