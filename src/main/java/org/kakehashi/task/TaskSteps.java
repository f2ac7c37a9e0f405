package org.kakehashi.task;

import org.kakehashi.platform.problem.ConcurrentChange;

/**
 * A person's step on a task, taken again when it met a concurrent change — most often the engine's reminder timer
 * on that task firing on some node at the same moment. Each attempt is a transaction of its own that rolled back
 * whole, so taking it again on what is there now is safe; a conflict that outlasts the attempts answers 409.
 */
final class TaskSteps {

    static final int ATTEMPTS = 3;

    private TaskSteps() {
    }

    static void take(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !ConcurrentChange.causedBy(e)) {
                    throw e;
                }
            }
        }
    }
}
