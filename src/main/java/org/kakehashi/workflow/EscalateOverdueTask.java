package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

/**
 * Timeout listener: a user task passed its due date. The office manager's group becomes a candidate, so the
 * task appears in their list, and the request's timeline records it.
 */
@Named("escalateOverdueTask")
@Dependent
public class EscalateOverdueTask implements TaskListener {

    @Inject
    RequestWork work;
    @Inject
    Event<TaskDeadline> deadlines;

    @Override
    public void notify(DelegateTask task) {
        task.addCandidateGroup(Role.OFFICE_MANAGER.groupName());
        RequestNumber number = RequestNumber.parse(task.getExecution().getProcessBusinessKey());
        work.recordTaskOverdue(number, task.getName(), TranslationProcess.SYSTEM_ACTOR);
        deadlines.fire(new TaskDeadline(number, task.getId(), task.getTaskDefinitionKey(), task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), true));
    }
}
