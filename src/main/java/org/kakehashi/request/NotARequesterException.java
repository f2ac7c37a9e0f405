package org.kakehashi.request;

import org.kakehashi.platform.problem.DomainProblem;

/** Someone whose roles do not include asking for work: a linguist, a reviewer from outside, an administrator. */
public class NotARequesterException extends DomainProblem {

    public NotARequesterException() {
        super(Kind.FORBIDDEN, "request.not-a-requester", null);
    }
}
