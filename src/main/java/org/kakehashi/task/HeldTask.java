package org.kakehashi.task;

import java.time.Instant;

/**
 * An open task someone holds, as the team view lists it.
 *
 * @param taskKey        the step, such as {@code translateRequest}
 * @param targetLanguage the job's target for translation and review; null for a task of the whole request
 * @param due            when it falls due; null when the step has no due date
 */
public record HeldTask(String id, String taskKey, String holder, String requestNumber, String targetLanguage,
                       Instant due) {
}
