package org.kakehashi.task;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskStepsTest {

    @Test
    void aStepThatMetTheReminderTimerIsTakenAgainAndSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        TaskSteps.take(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("commit failed",
                        new OptimisticLockingException("UPDATE TaskEntity failed: entity was updated by another transaction"));
            }
        });

        assertThat(attempts).hasValue(2);
    }

    @Test
    void aConflictThatOutlastsTheAttemptsIsReported() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> TaskSteps.take(() -> {
            attempts.incrementAndGet();
            throw new OptimisticLockingException("DELETE TimerEntity failed");
        })).isInstanceOf(OptimisticLockingException.class);
        assertThat(attempts).hasValue(TaskSteps.ATTEMPTS);
    }

    @Test
    void anyOtherFailureIsNotTakenAgain() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> TaskSteps.take(() -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("not the assignee");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
