package org.kakehashi.request;

import org.kakehashi.platform.problem.DomainProblem;

/** No request has this number. */
public class RequestNotFoundException extends DomainProblem {

    public RequestNotFoundException(String number) {
        super(Kind.NOT_FOUND, "request.not-found", null, number);
    }
}
