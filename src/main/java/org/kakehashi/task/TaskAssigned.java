package org.kakehashi.task;

import org.kakehashi.request.RequestNumber;

/**
 * A coordinator gave a task to a named person, in the transaction of the assignment.
 *
 * @param taskKey the step, such as {@code translateRequest}
 * @param reason  why, when the coordinator said; null otherwise
 */
public record TaskAssigned(RequestNumber number, String taskId, String taskKey, String assignee, String by,
                           String reason) {
}
