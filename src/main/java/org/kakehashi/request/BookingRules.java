package org.kakehashi.request;

/**
 * Whether an interpreter may be booked for an interpretation request: the interpreting feature knows who
 * interprets which languages in which modes, and who is free when.
 */
public interface BookingRules {

    /** @throws org.kakehashi.platform.problem.DomainProblem naming why the interpreter cannot be booked */
    void requireBookable(Request request, String interpreter);
}
