package org.kakehashi.absence;

import org.kakehashi.platform.problem.DomainProblem;

import java.time.LocalDate;

/** Refusals about absences: dates that are none or in the wrong order, someone else's absence, an overlap. */
public class AbsenceProblem extends DomainProblem {

    private AbsenceProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static AbsenceProblem dateMissing(String field) {
        return new AbsenceProblem(Kind.INVALID, "absence.date-missing", field);
    }

    static AbsenceProblem notADate(String field, String value) {
        return new AbsenceProblem(Kind.INVALID, "absence.not-a-date", field, value);
    }

    static AbsenceProblem lastBeforeFirst(LocalDate first, LocalDate last) {
        return new AbsenceProblem(Kind.INVALID, "absence.last-before-first", "to", last.toString(), first.toString());
    }

    static AbsenceProblem noteTooLong(int length) {
        return new AbsenceProblem(Kind.INVALID, "absence.note-too-long", "note", length);
    }

    static AbsenceProblem unknownPerson(String username) {
        return new AbsenceProblem(Kind.INVALID, "absence.unknown-person", "person", username);
    }

    static AbsenceProblem notYours() {
        return new AbsenceProblem(Kind.FORBIDDEN, "absence.not-yours", null);
    }

    static AbsenceProblem overlaps(Absence recorded) {
        return new AbsenceProblem(Kind.CONFLICT, "absence.overlaps", null, recorded.person(),
                recorded.firstDay().toString(), recorded.lastDay().toString());
    }

    static AbsenceProblem notFound(String id) {
        return new AbsenceProblem(Kind.NOT_FOUND, "absence.not-found", null, id);
    }
}
