package org.kakehashi.task;

import jakarta.validation.constraints.Size;

/**
 * Completing a task: the outcome (accept / reject for triage, approve / changes for review; translation has
 * one), a comment (the reason of a rejection, the changes a reviewer asks for) and the translated text.
 */
public record CompleteTaskForm(@Size(max = 32) String outcome,
                               @Size(max = 4000) String comment,
                               @Size(max = 1_000_000) String translation) {

    WorkStep.Completion toCompletion() {
        return new WorkStep.Completion(outcome, comment, translation);
    }
}
