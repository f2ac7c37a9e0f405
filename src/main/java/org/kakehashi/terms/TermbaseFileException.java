package org.kakehashi.terms;

import org.kakehashi.platform.problem.DomainProblem;

/** A termbase file that cannot be read at all: 400 on the file. */
public class TermbaseFileException extends DomainProblem {

    TermbaseFileException(String messageKey, Object... arguments) {
        super(Kind.INVALID, messageKey, "file", arguments);
    }
}
