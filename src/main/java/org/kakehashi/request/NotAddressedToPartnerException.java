package org.kakehashi.request;

import org.kakehashi.platform.problem.DomainProblem;

/** The request was not delivered to this partner organisation. */
public class NotAddressedToPartnerException extends DomainProblem {

    public NotAddressedToPartnerException(RequestNumber number, String partner) {
        super(Kind.FORBIDDEN, "request.not-addressed-to-partner", null, number.value(), String.valueOf(partner));
    }
}
