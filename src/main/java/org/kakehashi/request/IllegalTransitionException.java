package org.kakehashi.request;

import org.kakehashi.platform.problem.DomainProblem;

/** The action is not possible in the request's current state, e.g. approving a request that was rejected. */
public class IllegalTransitionException extends DomainProblem {

    public IllegalTransitionException(RequestNumber number, RequestStatus status, String action) {
        super(Kind.CONFLICT, "request.illegal-transition", null, number.value(), status.name(), action);
    }
}
