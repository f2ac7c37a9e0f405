package org.kakehashi.task;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.kakehashi.platform.problem.Messages;

import java.time.ZoneId;

/**
 * One task's outcome in the answer to a bulk action: done (204, as the task's own endpoint answers), or the
 * status and the detail in the caller's language that the task's own endpoint would have refused it with.
 */
@JsonbPropertyOrder({"task", "done", "status", "detail"})
public record TaskOutcomeView(String task, boolean done, int status, String detail) {

    static TaskOutcomeView of(TaskOutcome outcome, Messages messages, ZoneId city) {
        return outcome.isDone()
                ? new TaskOutcomeView(outcome.task(), true, 204, null)
                : new TaskOutcomeView(outcome.task(), false, outcome.refusal().kind().status(),
                outcome.refusal().detail(messages, city));
    }
}
