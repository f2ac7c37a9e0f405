package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Background work the engine gave up on — a reminder, a delivery or a timer whose job failed every retry — with
 * the request and step it belongs to and the error, and trying it again once the cause is fixed.
 */
@ApplicationScoped
public class FailedWork {

    /** One failure as the administrator sees it; {@code request} is the process's business key, the number. */
    public record Failure(String incident, String job, String request, String process, String step, String stepName,
                          Instant failedAt, String error) {
    }

    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;
    @Inject
    RepositoryService repository;

    public List<Failure> open() {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list();
        if (incidents.isEmpty()) {
            return List.of();
        }
        Map<String, String> requests = runtime.createProcessInstanceQuery()
                .processInstanceIds(incidents.stream().map(Incident::getProcessInstanceId)
                        .filter(id -> id != null).collect(Collectors.toSet()))
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, p -> String.valueOf(p.getBusinessKey())));
        return incidents.stream().map(incident -> new Failure(incident.getId(), incident.getConfiguration(),
                        requests.get(incident.getProcessInstanceId()), processKey(incident), incident.getActivityId(),
                        stepName(incident).orElse(incident.getActivityId()),
                        incident.getIncidentTimestamp().toInstant(), incident.getIncidentMessage()))
                .toList();
    }

    /** Gives the failed job of the incident one more try; the job executor runs it at once. */
    public Optional<Failure> retry(String incidentId) {
        Optional<Failure> failure = open().stream().filter(f -> f.incident().equals(incidentId)).findFirst();
        failure.map(Failure::job).flatMap(this::job).ifPresent(job -> management.setJobRetries(job.getId(), 1));
        return failure;
    }

    private Optional<Job> job(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(management.createJobQuery().jobId(id).singleResult());
    }

    private String processKey(Incident incident) {
        return incident.getProcessDefinitionId() == null ? null
                : repository.getProcessDefinition(incident.getProcessDefinitionId()).getKey();
    }

    private Optional<String> stepName(Incident incident) {
        if (incident.getProcessDefinitionId() == null || incident.getActivityId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(repository.getBpmnModelInstance(incident.getProcessDefinitionId())
                        .getModelElementById(incident.getActivityId()))
                .map(element -> ((FlowElement) element).getName());
    }
}
