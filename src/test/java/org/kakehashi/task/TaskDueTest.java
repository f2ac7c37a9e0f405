package org.kakehashi.task;

import org.junit.jupiter.api.Test;
import org.kakehashi.platform.problem.DomainProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskDueTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // 23:30 on 20 December 2026 in Tokyo, still the 20th: the server's own zone is no matter
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 20, 23, 30, 0, 0, TOKYO).toInstant(),
            TOKYO);

    @Test
    void aTaskFallsDueAtTheLastSecondOfTheDayInTheCity() {
        TaskDue due = TaskDue.on(LocalDate.of(2026, 12, 24), CLOCK);

        assertThat(due.at()).isEqualTo(ZonedDateTime.of(2026, 12, 24, 23, 59, 59, 0, TOKYO).toInstant());
        assertThat(due.day()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void todayWillDo() {
        assertThat(TaskDue.on(LocalDate.of(2026, 12, 20), CLOCK).at()).isAfter(CLOCK.instant());
    }

    @Test
    void aDayGoneByOrNoDayIsRefusedOnTheField() {
        assertThatThrownBy(() -> TaskDue.on(LocalDate.of(2026, 12, 19), CLOCK))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("task.due-gone");
                    assertThat(problem.field()).isEqualTo("due");
                    assertThat(problem.arguments()).containsExactly("2026-12-19");
                });
        assertThatThrownBy(() -> TaskDue.on(null, CLOCK))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.field()).isEqualTo("due"));
    }
}
