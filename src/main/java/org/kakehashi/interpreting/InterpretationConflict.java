package org.kakehashi.interpreting;

import org.kakehashi.platform.problem.DomainProblem;

/** Booking the interpreter would double-book them: the problem names the booking in the way. */
public class InterpretationConflict extends DomainProblem {

    InterpretationConflict(String interpreter, String otherRequest, String start, String end, long bufferMinutes) {
        super(Kind.CONFLICT, "interpretation.conflict", "interpreter", interpreter, otherRequest, start, end,
                bufferMinutes);
    }
}
