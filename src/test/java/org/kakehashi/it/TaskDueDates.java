package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.time.Instant;
import java.util.Date;

/** Time passing for the task list tests: a task's due date set to what the days would bring. Deployed by them only. */
@Path("test/tasks/{id}/due")
public class TaskDueDates {

    @Inject
    TaskService tasks;

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    public void set(@PathParam("id") String id, String due) {
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        task.setDueDate(Date.from(Instant.parse(due)));
        tasks.saveTask(task);
    }
}
