package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.problem.ConcurrentChange;
import org.kakehashi.platform.problem.DomainProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The office's actions on several tasks at once: claim them, give them to a person, or move the day they fall
 * due. Each task is the step its own endpoint takes, in a transaction of its own — this service holds none — so a
 * task refused leaves the others done, and each task's outcome is told in the order given. What is wrong with the
 * action itself (nobody named, a day gone by, no reason) refuses it whole, before any task is touched.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class BulkTaskActions {

    static final int MAX_TASKS = 100;

    private Worklist worklist;
    private TaskAssignments assignments;
    private Clock clock;

    /** For the container's proxies only. */
    protected BulkTaskActions() {
    }

    @Inject
    public BulkTaskActions(Worklist worklist, TaskAssignments assignments, Clock clock) {
        this.worklist = worklist;
        this.assignments = assignments;
        this.clock = clock;
    }

    public List<TaskOutcome> claim(Caller caller, List<String> taskIds) {
        requireOffice(caller);
        return each(taskIds, taskId -> worklist.claim(taskId, caller));
    }

    /** @param reason required for the tasks someone holds, as when each is given alone */
    public List<TaskOutcome> assign(Caller caller, List<String> taskIds, String assignee, String reason) {
        requireOffice(caller);
        assignments.assignable(assignee);
        return each(taskIds, taskId -> assignments.assign(taskId, caller, assignee, reason));
    }

    /** @param day the tasks fall due at its end, in the city */
    public List<TaskOutcome> moveDue(Caller caller, List<String> taskIds, LocalDate day, String reason) {
        requireOffice(caller);
        TaskDue due = TaskDue.on(day, clock);
        TaskAssignments.reason(reason, true);
        return each(taskIds, taskId -> assignments.moveDue(taskId, caller, due, reason));
    }

    /**
     * Takes the step on each task in turn, taken again on a concurrent change as a single task's step is; a
     * failure no rule explains is no refusal, and ends the action with the tasks before it done.
     */
    static List<TaskOutcome> each(List<String> taskIds, Consumer<String> step) {
        List<TaskOutcome> outcomes = new ArrayList<>();
        for (String taskId : taskIds) {
            try {
                TaskSteps.take(() -> step.accept(taskId));
                outcomes.add(TaskOutcome.done(taskId));
            } catch (DomainProblem refusal) {
                outcomes.add(TaskOutcome.refused(taskId, refusal));
            } catch (RuntimeException failure) {
                if (!ConcurrentChange.causedBy(failure)) {
                    throw failure;
                }
                outcomes.add(TaskOutcome.refused(taskId, ConcurrentChange.asProblem()));
            }
        }
        return outcomes;
    }

    private static void requireOffice(Caller caller) {
        if (!caller.isOffice()) {
            throw TaskProblem.bulkOfficeOnly();
        }
    }
}
