package org.kakehashi.task;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.platform.problem.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkTaskActionsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 20, 10, 0, 0, 0, TOKYO).toInstant(),
            TOKYO);
    private static final Caller EMILY = new Caller("emily", Set.of(Role.COORDINATOR, Role.REVIEWER), "mirai-souzou");
    private static final Caller SATO = new Caller("sato", Set.of(Role.REQUESTER), "sougou-fukushi");

    /** The tasks each step was taken on, every attempt counted. */
    private final List<String> attempts = new ArrayList<>();

    private final Worklist worklist = new Worklist() {
        @Override
        public void claim(String taskId, Caller caller) {
            attempts.add(taskId);
            if (taskId.equals("held-by-tanaka")) {
                throw TaskProblem.claimedByOther("Triage request", "tanaka");
            }
            if (taskId.equals("timer-firing")) {
                throw new OptimisticLockingException("UPDATE TaskEntity failed");
            }
            if (taskId.equals("broken")) {
                throw new IllegalStateException("no work step for task somethingNew");
            }
        }
    };

    private final TaskAssignments assignments = new TaskAssignments() {
        @Override
        public void moveDue(String taskId, Caller caller, TaskDue due, String reason) {
            attempts.add(taskId + " " + due.day() + " " + reason);
        }
    };

    private final BulkTaskActions bulk = new BulkTaskActions(worklist, assignments, CLOCK);

    @Test
    void aTaskRefusedLeavesTheOthersDoneAndEachOutcomeIsToldInTheOrderGiven() {
        List<TaskOutcome> outcomes = bulk.claim(EMILY, List.of("a", "held-by-tanaka", "c"));

        assertThat(outcomes).extracting(TaskOutcome::task).containsExactly("a", "held-by-tanaka", "c");
        assertThat(outcomes).extracting(TaskOutcome::isDone).containsExactly(true, false, true);
        assertThat(outcomes.get(1).refusal().kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
        assertThat(attempts).containsExactly("a", "held-by-tanaka", "c");
    }

    @Test
    void aConcurrentChangeThatOutlastsTheAttemptsIsThatTasksConflictOnly() {
        List<TaskOutcome> outcomes = bulk.claim(EMILY, List.of("timer-firing", "c"));

        assertThat(outcomes.get(0).refusal().kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
        assertThat(outcomes.get(0).refusal().messageKey()).isEqualTo("problem.concurrent-change");
        assertThat(outcomes.get(1).isDone()).isTrue();
        assertThat(attempts).containsExactly("timer-firing", "timer-firing", "timer-firing", "c");
    }

    @Test
    void aFailureNoRuleExplainsEndsTheActionWithTheTasksBeforeItDone() {
        assertThatThrownBy(() -> bulk.claim(EMILY, List.of("a", "broken", "c")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).containsExactly("a", "broken");
    }

    @Test
    void onlyTheOfficeActsOnSeveralTasks() {
        assertThatThrownBy(() -> bulk.claim(SATO, List.of("a")))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN);
                    assertThat(problem.messageKey()).isEqualTo("task.bulk-office-only");
                });
        assertThat(attempts).isEmpty();
    }

    @Test
    void theDueDateMovesToTheEndOfTheDayWithTheReason() {
        assertThat(bulk.moveDue(EMILY, List.of("a", "b"), LocalDate.of(2026, 12, 24), "the translator is ill"))
                .allMatch(TaskOutcome::isDone);
        assertThat(attempts).containsExactly("a 2026-12-24 the translator is ill",
                "b 2026-12-24 the translator is ill");
    }

    @Test
    void aMoveToADayGoneByOrWithoutAReasonOrAnAssignmentToNobodyIsRefusedWholeOnItsField() {
        assertThatThrownBy(() -> bulk.moveDue(EMILY, List.of("a"), LocalDate.of(2026, 12, 19), "late"))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("due"));
        assertThatThrownBy(() -> bulk.moveDue(EMILY, List.of("a"), LocalDate.of(2026, 12, 24), " "))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> bulk.assign(EMILY, List.of("a"), null, null))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("assignee"));
        assertThat(attempts).isEmpty();
    }

    @Test
    void eachOutcomeIsToldAsTheTasksOwnEndpointWouldAnswerInTheCallersLanguage() {
        List<TaskOutcomeView> views = bulk.claim(EMILY, List.of("a", "held-by-tanaka")).stream()
                .map(outcome -> TaskOutcomeView.of(outcome, Messages.of(Locale.JAPANESE), TOKYO)).toList();

        assertThat(views).containsExactly(new TaskOutcomeView("a", true, 204, null),
                new TaskOutcomeView("held-by-tanaka", false, 409,
                        "タスク「Triage request」は既に tanaka さんが担当しています。"));
    }
}
