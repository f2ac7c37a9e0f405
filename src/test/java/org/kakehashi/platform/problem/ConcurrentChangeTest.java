package org.kakehashi.platform.problem;

import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentChangeTest {

    @Test
    void theEnginesOrThePersistenceUnitsConflictIsAConcurrentChange() {
        assertThat(ConcurrentChange.causedBy(new OptimisticLockingException("DELETE TimerEntity failed"))).isTrue();
        assertThat(ConcurrentChange.causedBy(new IllegalStateException("commit failed",
                new OptimisticLockException("translation_request changed")))).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(ConcurrentChange.causedBy(new IllegalStateException("no conflict"))).isFalse();
    }
}
