package org.kakehashi.task;

import org.junit.jupiter.api.Test;
import org.kakehashi.platform.problem.DomainProblem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkTaskFormTest {

    private static BulkTaskForm action(String action) {
        return new BulkTaskForm(action, List.of("42"), null, null, null);
    }

    @Test
    void theActionIsNamedAsTheFormNamesIt() {
        assertThat(action("claim").chosenAction()).isEqualTo(BulkTaskForm.Action.CLAIM);
        assertThat(action(" Assign ").chosenAction()).isEqualTo(BulkTaskForm.Action.ASSIGN);
        assertThat(action("move-due").chosenAction()).isEqualTo(BulkTaskForm.Action.MOVE_DUE);
    }

    @Test
    void anyOtherActionIsRefusedOnItsFieldWithTheChoices() {
        assertThatThrownBy(() -> action("complete").chosenAction())
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.field()).isEqualTo("action");
                    assertThat(problem.arguments()).containsExactly("complete", "claim, assign, move-due");
                });
        assertThatThrownBy(() -> action("MOVE_DUE").chosenAction()).isInstanceOf(DomainProblem.class);
    }
}
