package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Time passing for the reminder tests: a task's timeout listener (its BPMN id, such as
 * {@code translationReminder}) fires now, as its timer would. Deployed by them only.
 */
@Path("test/tasks/{id}/timers/{listener}")
public class TaskTimers {

    @Inject
    TaskService tasks;
    @Inject
    ManagementService management;

    @POST
    public void fire(@PathParam("id") String id, @PathParam("listener") String listener) {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        Job timer = management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().list()
                .stream()
                .filter(job -> {
                    JobDefinition definition = management.createJobDefinitionQuery()
                            .jobDefinitionId(job.getJobDefinitionId()).singleResult();
                    return definition != null && definition.getJobConfiguration() != null
                            && definition.getJobConfiguration().contains(listener);
                })
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no timer " + listener + " on task " + id));
        management.executeJob(timer.getId());
    }
}
