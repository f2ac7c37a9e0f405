package org.kakehashi.request;

import org.kakehashi.platform.problem.DomainProblem;

/** A translator may not review their own translation. */
public class OwnTranslationReviewException extends DomainProblem {

    public OwnTranslationReviewException(RequestNumber number, String translator) {
        super(Kind.CONFLICT, "review.own-translation", null, number.value(), translator);
    }
}
