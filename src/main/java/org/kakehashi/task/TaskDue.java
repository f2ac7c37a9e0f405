package org.kakehashi.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The day a coordinator says a task falls due, and the moment that is: the last second of that day in the city.
 * Today or later; a day gone by would have the task escalate as overdue at once.
 */
public record TaskDue(LocalDate day, Instant at) {

    /** @throws TaskProblem on {@code due} when there is no day, or one gone by in the city */
    static TaskDue on(LocalDate day, Clock clock) {
        if (day == null) {
            throw TaskProblem.dueMissing();
        }
        if (day.isBefore(LocalDate.now(clock))) {
            throw TaskProblem.dueGone(day);
        }
        return new TaskDue(day, day.plusDays(1).atStartOfDay(clock.getZone()).minusSeconds(1).toInstant());
    }
}
