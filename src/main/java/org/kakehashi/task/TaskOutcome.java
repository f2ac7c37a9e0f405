package org.kakehashi.task;

import org.kakehashi.platform.problem.DomainProblem;

/**
 * What came of one task of a bulk action: done, or refused as it would have been alone.
 *
 * @param refusal null when the task was done
 */
public record TaskOutcome(String task, DomainProblem refusal) {

    static TaskOutcome done(String task) {
        return new TaskOutcome(task, null);
    }

    static TaskOutcome refused(String task, DomainProblem refusal) {
        return new TaskOutcome(task, refusal);
    }

    public boolean isDone() {
        return refusal == null;
    }
}
