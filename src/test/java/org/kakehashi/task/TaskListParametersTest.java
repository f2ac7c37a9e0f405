package org.kakehashi.task;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestType;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskListParametersTest {

    @Test
    void withoutParametersTheFirstFiftyTasksOfTheWholeWorklistByDueDate() {
        TaskSelection selection = new TaskListParameters().selection();

        assertThat(selection).isEqualTo(new TaskSelection(null, TaskFilter.NONE, TaskOrder.DUE, 0, 50));
        assertThat(selection.filter().narrows()).isFalse();
    }

    @Test
    void everyFilterSortAndPageIsRead() {
        TaskListParameters parameters = new TaskListParameters();
        parameters.group = " reviewer ";
        parameters.step = "translateRequest";
        parameters.type = "checking";
        parameters.language = "zh-hans";
        parameters.urgency = "soon";
        parameters.request = "2026-00042";
        parameters.sort = "wantedBy";
        parameters.page = "3";
        parameters.size = "200";

        TaskSelection selection = parameters.selection();

        assertThat(selection).isEqualTo(new TaskSelection("reviewer",
                new TaskFilter("translateRequest", RequestType.CHECKING, LanguageTag.of("zh-Hans"), Urgency.SOON,
                        RequestNumber.parse("2026-00042")),
                TaskOrder.WANTED_BY, 3, 200));
        assertThat(selection.offset()).isEqualTo(600);
        assertThat(selection.filter().narrows()).isTrue();
    }

    @Test
    void blankParametersAreLeftOut() {
        TaskListParameters parameters = new TaskListParameters();
        parameters.step = "";
        parameters.urgency = " ";
        parameters.size = "";

        assertThat(parameters.selection()).isEqualTo(new TaskSelection(null, TaskFilter.NONE, TaskOrder.DUE, 0, 50));
    }

    @Test
    void aBadValueIsRefusedNamingItsParameter() {
        assertRefused(p -> p.step = "approveBudget", "step", "task.invalid-choice");
        assertRefused(p -> p.type = "POETRY", "type", "task.invalid-choice");
        assertRefused(p -> p.language = "english!", "language", "language.invalid-tag");
        assertRefused(p -> p.urgency = "yesterday", "urgency", "task.invalid-choice");
        assertRefused(p -> p.request = "42", "request", "task.invalid-request-number");
        assertRefused(p -> p.sort = "created", "sort", "task.invalid-choice");
        assertRefused(p -> p.page = "-1", "page", "parameter.out-of-range");
        assertRefused(p -> p.page = "two", "page", "parameter.out-of-range");
        assertRefused(p -> p.size = "0", "size", "parameter.out-of-range");
        assertRefused(p -> p.size = "201", "size", "parameter.out-of-range");
    }

    private static void assertRefused(Consumer<TaskListParameters> bad, String field, String key) {
        TaskListParameters parameters = new TaskListParameters();
        bad.accept(parameters);
        assertThatThrownBy(parameters::selection)
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
                    assertThat(problem.field()).isEqualTo(field);
                    assertThat(problem.messageKey()).isEqualTo(key);
                });
    }
}
