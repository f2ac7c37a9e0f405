package org.kakehashi.workflow;

import org.kakehashi.request.RequestNumber;

import java.time.Instant;

/**
 * A user task's deadline came near ({@code passed} false) or went by ({@code passed} true), fired in the timer's
 * transaction after the request's timeline recorded it.
 *
 * @param assignee who holds the task, or null when nobody does
 * @param due      when the task falls due, or null when it has no due date
 */
public record TaskDeadline(RequestNumber number, String taskId, String taskKey, String assignee, Instant due,
                           boolean passed) {
}
