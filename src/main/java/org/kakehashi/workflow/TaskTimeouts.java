package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A user task's due date and the timers of its timeout listeners: the reminder before it ({@link RemindAssignee})
 * and the escalation at it ({@link EscalateOverdueTask}). The engine sets them once, from the deadlines, when it
 * creates the task; a due date moved takes them along, each keeping its distance to the due date. A timer that
 * fired already is gone, and does not come back.
 */
@ApplicationScoped
public class TaskTimeouts {

    private TaskService tasks;
    private ManagementService management;

    /** For the container's proxies only. */
    protected TaskTimeouts() {
    }

    @Inject
    public TaskTimeouts(TaskService tasks, ManagementService management) {
        this.tasks = tasks;
        this.management = management;
    }

    /** The task falls due at {@code due}; its timers move by as much as its due date, when it had one. */
    public void moveDue(Task task, Instant due) {
        if (task.getDueDate() != null) {
            Duration by = Duration.between(task.getDueDate().toInstant(), due);
            for (Job timer : timersOf(task)) {
                management.setJobDuedate(timer.getId(), Date.from(timer.getDuedate().toInstant().plus(by)));
            }
        }
        task.setDueDate(Date.from(due));
        tasks.saveTask(task);
    }

    /**
     * The timeout listeners' timers are the only timers of the task's own activity on the task's own execution: a
     * boundary timer carries its event's id, and each job of a request with several targets has its own execution.
     */
    List<Job> timersOf(Task task) {
        return management.createJobQuery().executionId(task.getExecutionId())
                .activityId(task.getTaskDefinitionKey()).timers().list();
    }
}
