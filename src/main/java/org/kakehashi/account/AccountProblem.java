package org.kakehashi.account;

import org.kakehashi.platform.problem.DomainProblem;

/** Refusals about accounts: a password that falls short, an unknown person, a user name already taken. */
public class AccountProblem extends DomainProblem {

    private AccountProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static AccountProblem invalid(String field, String messageKey, Object... arguments) {
        return new AccountProblem(Kind.INVALID, messageKey, field, arguments);
    }

    static AccountProblem unknownPerson(String username) {
        return new AccountProblem(Kind.NOT_FOUND, "account.unknown-person", null, username);
    }

    static AccountProblem taken(String username) {
        return new AccountProblem(Kind.CONFLICT, "account.username-taken", "username", username);
    }
}
