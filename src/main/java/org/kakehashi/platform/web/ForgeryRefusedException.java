package org.kakehashi.platform.web;

import org.kakehashi.platform.problem.DomainProblem;

/** A state-changing request from another site, or without the session's anti-forgery token: 403. */
public class ForgeryRefusedException extends DomainProblem {

    ForgeryRefusedException(String messageKey) {
        super(Kind.FORBIDDEN, messageKey, null);
    }
}
