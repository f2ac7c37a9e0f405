package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.kakehashi.request.Job;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.request.RequestWork;
import org.kakehashi.request.TimelineEvent;

/**
 * A job sent to other groups than routing chose, in the override's transaction: its open translation task is
 * offered to the new group (whoever held it lets it go), and the job's review goes to the new reviewers.
 */
@ApplicationScoped
public class OverriddenRoutes {

    @Inject
    TaskService tasks;
    @Inject
    RuntimeService runtime;
    @Inject
    RequestWork work;

    void onStep(@Observes RequestStepTaken step) {
        if (step.event() != TimelineEvent.ROUTE_OVERRIDDEN) {
            return;
        }
        Job job = work.get(step.number()).job(step.target());
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(step.number().value())
                .taskDefinitionKey(TranslationProcess.TRANSLATE_REQUEST).list()) {
            if (step.target().value().equals(runtime.getVariable(task.getExecutionId(), TranslationProcess.TARGET))) {
                offer(task, job.translatorGroup());
                runtime.setVariable(task.getExecutionId(), TranslationProcess.TRANSLATOR_GROUP, job.translatorGroup());
                runtime.setVariable(task.getExecutionId(), TranslationProcess.REVIEWER_GROUP, job.reviewerGroup());
            }
        }
    }

    private void offer(Task task, String group) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
            }
        }
        tasks.addCandidateGroup(task.getId(), group);
        if (task.getAssignee() != null) {
            tasks.setAssignee(task.getId(), null);
        }
    }
}
