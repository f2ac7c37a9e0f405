package org.kakehashi.citizen;

import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.request.RequestNumber;

/** Refusals of the public form and status links. */
public class CitizenProblem extends DomainProblem {

    private CitizenProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static CitizenProblem invalidToken() {
        return new CitizenProblem(Kind.INVALID, "citizen.form-token-invalid", "formToken");
    }

    static CitizenProblem tooFast() {
        return new CitizenProblem(Kind.INVALID, "citizen.form-too-fast", "formToken");
    }

    static CitizenProblem expiredToken() {
        return new CitizenProblem(Kind.INVALID, "citizen.form-token-expired", "formToken");
    }

    static CitizenProblem tokenUsed() {
        return new CitizenProblem(Kind.CONFLICT, "citizen.form-token-used", "formToken");
    }

    static CitizenProblem trap() {
        return new CitizenProblem(Kind.INVALID, "citizen.form-token-invalid", "formToken");
    }

    static CitizenProblem letterMissing() {
        return new CitizenProblem(Kind.INVALID, "citizen.letter-missing", "letter");
    }

    /** The letter is no PDF, JPEG or PNG file. */
    static CitizenProblem letterType() {
        return new CitizenProblem(Kind.INVALID, "citizen.letter-type", "letter");
    }

    /** The letter does not open as the file it claims to be, or is one the office does not open (see LetterScan). */
    static CitizenProblem letterRefused() {
        return new CitizenProblem(Kind.INVALID, "citizen.letter-refused", "letter");
    }

    static CitizenProblem noLetter(RequestNumber number) {
        return new CitizenProblem(Kind.NOT_FOUND, "citizen.no-letter", null, number.value());
    }

    static CitizenProblem unknownStatusLink() {
        return new CitizenProblem(Kind.NOT_FOUND, "citizen.status-link-unknown", null);
    }
}
