package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Time passing for the reminder tests: a task's next timer (its reminder, then its due date) fires now, as it
 * would when its time came. Deployed by them only.
 */
@Path("test/tasks/{id}/next-timer")
public class TaskTimers {

    @Inject
    TaskService tasks;
    @Inject
    ManagementService management;

    @POST
    public void fire(@PathParam("id") String id) {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        Job next = management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(task.getTaskDefinitionKey()).timers().orderByJobDuedate().asc().list().stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("no timer left on task " + id));
        management.executeJob(next.getId());
    }
}
