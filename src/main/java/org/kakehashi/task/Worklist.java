package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.kakehashi.interpreting.InterpretationScheduling;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.request.JobDocuments;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestWork;
import org.kakehashi.workflow.TranslationProcess;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people's side of the processes: the open tasks a caller may work on, claiming one, and completing it with
 * an outcome. Completing records the step on the request and moves the process on in one transaction.
 */
@ApplicationScoped
@Transactional
public class Worklist {

    private TaskService tasks;
    private RuntimeService runtime;
    private RequestWork work;
    private RequestRepository requests;
    private InterpretationScheduling interpreting;
    private JobDocuments documents;

    /** For the container's proxies only. */
    protected Worklist() {
    }

    @Inject
    public Worklist(TaskService tasks, RuntimeService runtime, RequestWork work, RequestRepository requests,
                    InterpretationScheduling interpreting, JobDocuments documents) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.work = work;
        this.requests = requests;
        this.interpreting = interpreting;
        this.documents = documents;
    }

    /**
     * The caller's own tasks and the unclaimed tasks of their groups, oldest first.
     *
     * @param group only this candidate group's tasks, or null for all of the caller's
     */
    public List<OpenTask> open(Caller caller, String group) {
        List<String> groups = group == null
                ? caller.groups()
                : caller.groups().stream().filter(group::equals).toList();
        TaskQuery query = tasks.createTaskQuery().active();
        if (group != null) {
            if (groups.isEmpty()) {
                return List.of();
            }
            query.taskCandidateGroupIn(groups).includeAssignedTasks();
        } else if (groups.isEmpty()) {
            query.taskAssignee(caller.username());
        } else {
            query.or().taskAssignee(caller.username()).taskCandidateGroupIn(groups).endOr();
        }
        List<Task> found = query.orderByTaskCreateTime().asc().list();
        return describe(found);
    }

    public void claim(String taskId, Caller caller) {
        Task task = find(taskId);
        if (caller.username().equals(task.getAssignee())) {
            return;
        }
        take(task, caller);
    }

    public void complete(String taskId, Caller caller, WorkStep.Completion completion) {
        Task task = find(taskId);
        if (!caller.username().equals(task.getAssignee())) {
            take(task, caller);
        }
        WorkStep step = stepOf(task);
        String outcome = completion.outcome() == null || completion.outcome().isBlank()
                ? (step.outcomes().size() == 1 ? step.outcomes().get(0) : "")
                : completion.outcome().strip();
        if (!step.outcomes().contains(outcome)) {
            throw TaskProblem.unknownOutcome(task.getName(), outcome, String.join(", ", step.outcomes()));
        }
        Map<String, Object> variables = step.apply(new Work(work, interpreting), numberOf(task), targetOf(task), caller.username(),
                new WorkStep.Completion(outcome, completion.reason(), completion.comment(), completion.translation(),
                        completion.interpreter(), completion.translatedDocument()));
        tasks.complete(task.getId(), variables);
    }

    /**
     * The translator's XLIFF file from their CAT tool completes a translation task: its text becomes the job's
     * translation, and the requester's document is rebuilt around it where its format keeps a layout.
     */
    public void completeWithXliff(String taskId, Caller caller, byte[] xliff) {
        Task task = find(taskId);
        if (stepOf(task) != WorkStep.TRANSLATE) {
            throw TaskProblem.notTranslation(task.getName());
        }
        JobDocuments.ImportedTranslation imported = documents.read(numberOf(task), targetOf(task), xliff);
        complete(taskId, caller, new WorkStep.Completion(null, null, null, imported.text(), null,
                imported.document()));
    }

    private void take(Task task, Caller caller) {
        if (task.getAssignee() != null) {
            throw TaskProblem.claimedByOther(task.getName(), task.getAssignee());
        }
        Set<String> candidates = candidateGroups(task.getId()).stream().collect(Collectors.toSet());
        if (caller.groups().stream().noneMatch(candidates::contains)) {
            throw TaskProblem.notCandidate(task.getName());
        }
        stepOf(task).checkMayTake(new Work(work, interpreting), numberOf(task), targetOf(task), caller.username());
        tasks.claim(task.getId(), caller.username());
    }

    private Task find(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).active().singleResult();
        if (task == null) {
            throw TaskProblem.notFound(taskId);
        }
        return task;
    }

    private WorkStep stepOf(Task task) {
        return WorkStep.forTask(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("no work step for task " + task.getTaskDefinitionKey()));
    }

    private RequestNumber numberOf(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return RequestNumber.parse(instance.getBusinessKey());
    }

    /** The target language of the job the task belongs to; null for tasks of the whole request. */
    private LanguageTag targetOf(Task task) {
        StringValue target = tasks.getVariableTyped(task.getId(), TranslationProcess.TARGET);
        return target == null ? null : LanguageTag.of(target.getValue());
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toList();
    }

    private List<OpenTask> describe(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, String> numbers = runtime.createProcessInstanceQuery()
                .processInstanceIds(found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<RequestNumber, Request> byNumber = requests.findAll(numbers.values().stream()
                        .map(RequestNumber::parse).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Request::number, Function.identity()));
        return found.stream().map(task -> {
            Request request = byNumber.get(RequestNumber.parse(numbers.get(task.getProcessInstanceId())));
            WorkStep step = stepOf(task);
            LanguageTag target = targetOf(task);
            return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                    candidateGroups(task.getId()), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), step.outcomes(),
                    request.number().value(), request.type().name(), request.status().name(),
                    request.sourceLanguage().value(),
                    target == null
                            ? request.jobs().stream().map(j -> j.targetLanguage().value()).toList()
                            : List.of(target.value()),
                    request.wantedBy(),
                    request.intakeFindings().stream().map(f -> f.kind().name()).sorted().toList());
        }).toList();
    }
}
