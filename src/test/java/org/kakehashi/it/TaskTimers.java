package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import java.util.List;

/**
 * Time passing for the reminder tests: a task's next timer (its reminder, then its due date) fires now, as it
 * would when its time came; and when its timers are due, for the tests that move its due date. Deployed by them
 * only.
 */
@Path("test/tasks/{id}")
public class TaskTimers {

    @Inject
    TaskService tasks;
    @Inject
    ManagementService management;

    @POST
    @Path("next-timer")
    public void fire(@PathParam("id") String id) {
        Job next = timers(id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no timer left on task " + id));
        management.executeJob(next.getId());
    }

    /** When the task's timers fall due, the earliest first, as ISO instants. */
    @GET
    @Path("timers")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> dueDates(@PathParam("id") String id) {
        return timers(id).stream().map(timer -> timer.getDuedate().toInstant().toString()).toList();
    }

    private List<Job> timers(String id) {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        return management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(task.getTaskDefinitionKey()).timers().orderByJobDuedate().asc().list();
    }
}
