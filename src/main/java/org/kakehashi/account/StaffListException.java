package org.kakehashi.account;

import org.kakehashi.platform.problem.DomainProblem;

/** A staff list that cannot be read at all: 400 on the file. */
public class StaffListException extends DomainProblem {

    StaffListException(String messageKey, Object... arguments) {
        super(Kind.INVALID, messageKey, "file", arguments);
    }
}
