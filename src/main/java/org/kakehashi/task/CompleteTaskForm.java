package org.kakehashi.task;

import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * Completing a task: the outcome (accept / reject / ask for triage, approve / changes for review; translation
 * has one), the reason code of a rejection, a comment (the question asked, the changes a reviewer asks for,
 * anything added to a rejection, an interpreter's report), the translated text, and the interpreter booked when
 * scheduling an interpretation, and the reasons for keeping what the quality checks found, by finding key.
 */
public record CompleteTaskForm(@Size(max = 32) String outcome,
                               @Size(max = 32) String reason,
                               @Size(max = 4000) String comment,
                               @Size(max = 1_000_000) String translation,
                               @Size(max = 64) String interpreter,
                               Map<String, @Size(max = 500) String> overrides) {

    WorkStep.Completion toCompletion() {
        return new WorkStep.Completion(outcome, reason, comment, translation, interpreter, null, overrides);
    }
}
