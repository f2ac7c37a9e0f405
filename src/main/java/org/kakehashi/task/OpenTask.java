package org.kakehashi.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A user task as the task list shows it, with the request it belongs to. */
public record OpenTask(String id, String taskKey, String name, String assignee, List<String> candidateGroups,
                       Instant created, Instant due, List<String> outcomes, String requestNumber,
                       String requestStatus, String sourceLanguage, String targetLanguage, LocalDate wantedBy) {
}
