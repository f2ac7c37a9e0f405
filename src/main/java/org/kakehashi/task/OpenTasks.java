package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.workflow.TranslationProcess;

import java.util.List;

/** An open task of the engine as the worklist speaks of it: its step, its request, its job and its groups. */
@ApplicationScoped
class OpenTasks {

    private TaskService tasks;
    private RuntimeService runtime;

    /** For the container's proxies only. */
    protected OpenTasks() {
    }

    @Inject
    OpenTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    Task find(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null) {
            throw TaskProblem.notFound(taskId);
        }
        return task;
    }

    WorkStep stepOf(Task task) {
        return WorkStep.forTask(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("no work step for task " + task.getTaskDefinitionKey()));
    }

    RequestNumber numberOf(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return RequestNumber.parse(instance.getBusinessKey());
    }

    /** The target language of the job the task belongs to; null for tasks of the whole request. */
    LanguageTag targetOf(Task task) {
        StringValue target = tasks.getVariableTyped(task.getId(), TranslationProcess.TARGET);
        return target == null ? null : LanguageTag.of(target.getValue());
    }

    List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
    }
}
