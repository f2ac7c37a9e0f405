package org.kakehashi.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The same action on several tasks, by their ids: {@code claim} them, {@code assign} them to {@code assignee}
 * (with a {@code reason} for those someone holds), or {@code move-due} them to fall due at the end of {@code due}
 * (with a {@code reason}, for the timeline).
 */
public record BulkTaskForm(@NotBlank @Size(max = 16) String action,
                           @NotEmpty @Size(max = BulkTaskActions.MAX_TASKS)
                           List<@NotBlank @Size(max = 64) String> tasks,
                           @Size(max = 64) String assignee,
                           LocalDate due,
                           @Size(max = TaskAssignments.REASON_LENGTH) String reason) {

    enum Action {
        CLAIM, ASSIGN, MOVE_DUE;

        /** As the form names it: {@code move-due}. */
        String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** @throws TaskProblem on {@code action} for one that is not {@code claim}, {@code assign} or {@code move-due} */
    Action chosenAction() {
        String wanted = action.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Action.values())
                .filter(candidate -> candidate.parameter().equals(wanted))
                .findFirst()
                .orElseThrow(() -> TaskProblem.invalidChoice("action", action,
                        Arrays.stream(Action.values()).map(Action::parameter).collect(Collectors.joining(", "))));
    }
}
