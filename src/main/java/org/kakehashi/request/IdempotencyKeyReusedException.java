package org.kakehashi.request;

import org.kakehashi.platform.problem.DomainProblem;

/** An {@code Idempotency-Key} sent again with a different form: a client's mistake, never a retry. */
public class IdempotencyKeyReusedException extends DomainProblem {

    public IdempotencyKeyReusedException(String key) {
        super(Kind.CONFLICT, "request.idempotency-key-reused", "Idempotency-Key", key);
    }
}
