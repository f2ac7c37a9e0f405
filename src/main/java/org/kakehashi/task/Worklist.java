package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.quality.QualityGate;
import org.kakehashi.quality.Stage;
import org.kakehashi.request.JobDocuments;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;
import org.kakehashi.workflow.InterpretationProcess;
import org.kakehashi.workflow.TranslationProcess;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people's side of the processes: the open tasks a caller may work on, a page at a time, claiming one, and
 * completing it with an outcome. Completing records the step on the request and moves the process on in one transaction.
 */
@ApplicationScoped
@Transactional
public class Worklist {

    private TaskService tasks;
    private OpenTasks open;
    private RequestWork work;
    private JobDocuments documents;
    private JobChecks checks;
    private WorklistQueries queries;
    private TaskDescriptions descriptions;
    private LanguageCatalog languages;
    private Clock clock;

    /** For the container's proxies only. */
    protected Worklist() {
    }

    @Inject
    public Worklist(TaskService tasks, OpenTasks open, RequestWork work, JobDocuments documents,
                    WorklistQueries queries, TaskDescriptions descriptions, Clock clock, LanguageCatalog languages,
                    JobChecks checks) {
        this.tasks = tasks;
        this.open = open;
        this.work = work;
        this.documents = documents;
        this.queries = queries;
        this.descriptions = descriptions;
        this.clock = clock;
        this.languages = languages;
        this.checks = checks;
    }

    /**
     * A page of the caller's worklist ({@link WorklistScope}) as selected, with the worklist's counts and the
     * choices its filters offer: the steps it holds, and the languages the office translates. Only the page's tasks
     * are described.
     */
    public TaskPage open(Caller caller, TaskSelection selection) {
        WorklistScope scope = WorklistScope.of(caller, selection.group());
        if (scope.empty()) {
            return new TaskPage(List.of(), 0, selection.page(), selection.size(),
                    new TaskCounts(Map.of(), 0, 0, 0, 0), new TaskChoices(List.of(), List.of()));
        }
        Instant now = clock.instant();
        TaskFilter filter = selection.filter();
        TaskCounts counts = queries.counts(scope, now);
        List<OpenTask> page = descriptions.describe(
                queries.page(scope, filter, selection.order(), now, selection.offset(), selection.size()));
        return new TaskPage(page, filter.narrows() ? queries.count(scope, filter, now) : counts.all(),
                selection.page(), selection.size(), counts,
                new TaskChoices(List.copyOf(counts.steps().keySet()),
                        languages.offered().stream().map(LanguageTag::value).toList()));
    }

    /** One task of the caller's worklist, as the list shows it. */
    public OpenTask open(Caller caller, String taskId) {
        if (!queries.holds(WorklistScope.of(caller, null), taskId)) {
            throw TaskProblem.notFound(taskId);
        }
        return descriptions.describe(List.of(taskId)).stream().findFirst()
                .orElseThrow(() -> TaskProblem.notFound(taskId));
    }

    public void claim(String taskId, Caller caller) {
        Task task = open.find(taskId);
        if (caller.username().equals(task.getAssignee())) {
            return;
        }
        take(task, caller);
    }

    public void complete(String taskId, Caller caller, WorkStep.Completion completion) {
        Task task = open.find(taskId);
        holdOrTake(task, caller);
        WorkStep step = open.stepOf(task);
        String outcome = completion.outcome() == null || completion.outcome().isBlank()
                ? (step.outcomes().size() == 1 ? step.outcomes().get(0) : "")
                : completion.outcome().strip();
        if (!step.outcomes().contains(outcome)) {
            throw TaskProblem.unknownOutcome(task.getName(), outcome, String.join(", ", step.outcomes()));
        }
        RequestNumber number = open.numberOf(task);
        LanguageTag target = open.targetOf(task);
        checkBeforeHandingOn(step, outcome, number, target, caller, completion);
        Map<String, Object> variables = step.apply(work, number, target, caller.username(),
                new WorkStep.Completion(outcome, completion.reason(), completion.comment(), completion.translation(),
                        completion.interpreter(), completion.translatedDocument(), completion.overrides()));
        tasks.complete(task.getId(), variables);
    }

    /**
     * A translation handed to review, or approved for delivery, passes the quality checks first; one written in
     * the editor was checked segment by segment already.
     */
    private void checkBeforeHandingOn(WorkStep step, String outcome, RequestNumber number, LanguageTag target,
                                      Caller caller, WorkStep.Completion completion) {
        if (step == WorkStep.TRANSLATE && !completion.checked()) {
            checks.pass(number, checks.ofTranslation(number, target, new JobDocuments.ImportedTranslation(
                            completion.translation(), completion.translatedDocument())),
                    Stage.HANDOVER, completion.overrides(), caller.username());
        } else if (step == WorkStep.REVIEW && TranslationProcess.APPROVE.equals(outcome)) {
            checks.pass(number, checks.ofTranslation(number, target, null), Stage.APPROVAL,
                    completion.overrides(), caller.username());
        }
    }

    /** Books the interpreter on an interpretation's booking task, as the coordinator does on the task. */
    public void bookInterpreter(String taskId, Caller caller, String interpreter) {
        complete(taskId, caller, new WorkStep.Completion(InterpretationProcess.SCHEDULE, null, null, null,
                interpreter, null, null));
    }

    /**
     * The translator's XLIFF file from their CAT tool completes a translation task: its text becomes the job's
     * translation, and the requester's document is rebuilt around it where its format keeps a layout.
     */
    public void completeWithXliff(String taskId, Caller caller, byte[] xliff, Map<String, String> overrides) {
        Task task = open.find(taskId);
        if (open.stepOf(task) != WorkStep.TRANSLATE) {
            throw TaskProblem.notTranslation(task.getName());
        }
        // the right to the task first: a stranger's file is refused unread
        holdOrTake(task, caller);
        JobDocuments.ImportedTranslation imported = documents.read(open.numberOf(task), open.targetOf(task), xliff);
        complete(taskId, caller, new WorkStep.Completion(null, null, null, imported.text(), null,
                imported.document(), overrides));
    }

    /**
     * The translation the editor wrote, segment by segment, completes a translation task: its text becomes the
     * job's translation, and the requester's document is rebuilt around it where its format keeps a layout.
     */
    public void completeWithSegments(String taskId, Caller caller, Map<String, String> segments,
                                     Map<String, String> overrides) {
        Task task = open.find(taskId);
        if (open.stepOf(task) != WorkStep.TRANSLATE) {
            throw TaskProblem.notTranslation(task.getName());
        }
        holdOrTake(task, caller);
        RequestNumber number = open.numberOf(task);
        LanguageTag target = open.targetOf(task);
        JobDocuments.ImportedTranslation imported = documents.fromSegments(number, target, segments);
        checks.pass(number, checks.ofSegments(number, target, segments), Stage.HANDOVER, overrides,
                caller.username());
        complete(taskId, caller, WorkStep.Completion.checked(imported.text(), imported.document()));
    }

    /** Overrides findings that held the task's translation back, each with its reason. */
    public void override(String taskId, Caller caller, Map<String, String> overrides) {
        Task task = open.find(taskId);
        WorkStep step = open.stepOf(task);
        if (step != WorkStep.TRANSLATE && step != WorkStep.REVIEW) {
            throw TaskProblem.notTranslation(task.getName());
        }
        holdOrTake(task, caller);
        checks.override(open.numberOf(task), open.targetOf(task), overrides, caller.username());
    }

    /** What the checks find in a translation the editor holds, before it is handed over. */
    public List<QualityGate.Judged> check(String taskId, Caller caller, Map<String, String> segments) {
        Task task = open.find(taskId);
        if (open.stepOf(task) != WorkStep.TRANSLATE) {
            throw TaskProblem.notTranslation(task.getName());
        }
        holdOrTake(task, caller);
        return checks.findings(checks.ofSegments(open.numberOf(task), open.targetOf(task), segments));
    }

    private void holdOrTake(Task task, Caller caller) {
        if (!caller.username().equals(task.getAssignee())) {
            take(task, caller);
        }
    }

    private void take(Task task, Caller caller) {
        if (task.getAssignee() != null) {
            throw TaskProblem.claimedByOther(task.getName(), task.getAssignee());
        }
        Set<String> candidates = open.candidateGroups(task.getId()).stream().collect(Collectors.toSet());
        if (caller.groups().stream().noneMatch(candidates::contains)) {
            throw TaskProblem.notCandidate(task.getName());
        }
        open.stepOf(task).checkMayTake(work, open.numberOf(task), open.targetOf(task), caller.username());
        tasks.claim(task.getId(), caller.username());
    }
}
