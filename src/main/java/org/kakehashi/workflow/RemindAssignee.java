package org.kakehashi.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

/** Timeout listener: a user task is due soon. The reminder is recorded on the request's timeline. */
@Named("remindAssignee")
@Dependent
public class RemindAssignee implements TaskListener {

    @Inject
    RequestWork work;
    @Inject
    Event<TaskDeadline> deadlines;

    @Override
    public void notify(DelegateTask task) {
        RequestNumber number = RequestNumber.parse(task.getExecution().getProcessBusinessKey());
        work.recordTaskReminder(number, task.getName(), TranslationProcess.SYSTEM_ACTOR);
        deadlines.fire(new TaskDeadline(number, task.getId(), task.getTaskDefinitionKey(), task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), false));
    }
}
