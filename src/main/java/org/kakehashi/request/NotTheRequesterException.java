package org.kakehashi.request;

import org.kakehashi.platform.problem.DomainProblem;

/** Only the person who submitted a request may answer its question or cancel it. */
public class NotTheRequesterException extends DomainProblem {

    /** @param action {@code answer} or {@code cancel}: the message names it in the caller's language */
    public NotTheRequesterException(RequestNumber number, String action) {
        super(Kind.FORBIDDEN, "request.not-the-requester." + action, null, number.value());
    }
}
