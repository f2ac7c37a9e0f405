package org.kakehashi.request;

import org.kakehashi.platform.problem.DomainProblem;

/** Input that breaks a rule of the request domain, naming the field. */
public class RequestInputException extends DomainProblem {

    public RequestInputException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, messageKey, field, arguments);
    }
}
