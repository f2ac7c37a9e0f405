package org.kakehashi.platform.problem;

import java.util.function.Predicate;

/** Whether an exception, its causes or the failures suppressed along them include one of a kind. */
public final class Causes {

    /** Deep enough for the container's wrappers (transaction, EJB, RESTEasy, JDBC), short of a cycle. */
    private static final int DEEPEST = 20;

    private Causes() {
    }

    public static boolean include(Throwable exception, Predicate<Throwable> kind) {
        return include(exception, kind, 0);
    }

    private static boolean include(Throwable exception, Predicate<Throwable> kind, int depth) {
        if (exception == null || depth > DEEPEST) {
            return false;
        }
        if (kind.test(exception)) {
            return true;
        }
        for (Throwable suppressed : exception.getSuppressed()) {
            if (include(suppressed, kind, depth + 1)) {
                return true;
            }
        }
        return include(exception.getCause(), kind, depth + 1);
    }
}
