package org.kakehashi.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A user task as the task list shows it, with the request it belongs to; {@code targetLanguages} is the job's
 * target for translation and review tasks, all of the request's targets for triage; {@code intakeFindings}
 * names what the intake rules found (short lead time, refused topic, …) for the coordinator's triage.
 */
public record OpenTask(String id, String taskKey, String name, String assignee, List<String> candidateGroups,
                       Instant created, Instant due, List<String> outcomes, String requestNumber,
                       String requestType, String requestStatus, String sourceLanguage,
                       List<String> targetLanguages, LocalDate wantedBy, List<String> intakeFindings) {
}
