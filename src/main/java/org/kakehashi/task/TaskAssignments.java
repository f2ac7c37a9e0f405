package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.kakehashi.absence.AbsenceRegister;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;
import org.kakehashi.workflow.TaskTimeouts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The coordinator runs the team: gives a task to a named person who may take it (in one of the task's groups,
 * covering the job's language pair, never the reviewer of their own translation, and not away today), gives it to
 * another, takes it back, or moves the day it falls due; the person who holds a task may give it back too. Each step
 * goes on the request's timeline with its reason, and the person given a task is told ({@link TaskAssigned}).
 */
@ApplicationScoped
@Transactional
public class TaskAssignments {

    static final int REASON_LENGTH = 500;

    @Inject
    TaskService tasks;
    @Inject
    OpenTasks open;
    @Inject
    RequestWork work;
    @Inject
    Directory directory;
    @Inject
    Event<TaskAssigned> assigned;
    @Inject
    TaskTimeouts timeouts;
    @Inject
    AbsenceRegister absences;
    @Inject
    Clock clock;

    /** The active people who may be given the task now, the one holding it and those away today left out. */
    public List<Person> candidates(String taskId, Caller caller) {
        requireOffice(caller);
        Task task = open.find(taskId);
        LocalDate today = LocalDate.now(clock);
        Set<String> away = absences.away(today, today);
        return directory.people().stream()
                .filter(person -> !person.username().equals(task.getAssignee()))
                .filter(person -> !away.contains(person.username()))
                .filter(person -> mayTake(task, person))
                .toList();
    }

    /**
     * @param reason required when the task is someone else's already
     * @throws TaskProblem for a person who may not take the task or is away today, or a reassignment without a
     *                     reason
     */
    public void assign(String taskId, Caller caller, String assignee, String reason) {
        requireOffice(caller);
        Task task = open.find(taskId);
        String why = reason(reason, task.getAssignee() != null);
        Person person = assignable(assignee);
        if (person.username().equals(task.getAssignee())) {
            return;
        }
        absences.on(person.username(), LocalDate.now(clock)).ifPresent(absence -> {
            throw TaskProblem.away(person.username(), absence.firstDay(), absence.lastDay());
        });
        RequestNumber number = open.numberOf(task);
        open.stepOf(task).checkMayTake(work, number, open.targetOf(task), person.username());
        if (!mayTake(task, person)) {
            throw TaskProblem.mayNotTake(task.getName(), person.username());
        }
        tasks.setAssignee(task.getId(), person.username());
        work.recordTaskAssigned(number, open.targetOf(task), caller.username(),
                note(task, person.username(), task.getAssignee(), why));
        assigned.fire(new TaskAssigned(number, task.getId(), task.getTaskDefinitionKey(), person.username(),
                caller.username(), why));
    }

    /**
     * The active person of that name: one a task may be given to, where the task's own rules allow.
     *
     * @throws TaskProblem on {@code assignee} when no name is given, or nobody active has it
     */
    public Person assignable(String assignee) {
        if (assignee == null || assignee.isBlank()) {
            throw TaskProblem.assigneeMissing();
        }
        return directory.person(assignee.strip()).filter(Person::isActive)
                .orElseThrow(() -> TaskProblem.unknownPerson(assignee));
    }

    /**
     * The task falls due at the end of another day, its reminder and escalation moved with it
     * ({@link TaskTimeouts}); the days before and after go on the timeline with the reason.
     */
    public void moveDue(String taskId, Caller caller, TaskDue due, String reason) {
        requireOffice(caller);
        String why = reason(reason, true);
        Task task = open.find(taskId);
        Date before = task.getDueDate();
        timeouts.moveDue(task, due.at());
        work.recordTaskDueMoved(open.numberOf(task), open.targetOf(task), caller.username(),
                task.getTaskDefinitionKey() + ": "
                        + (before == null ? "" : LocalDate.ofInstant(before.toInstant(), clock.getZone()) + " → ")
                        + due.day() + " — " + why);
    }

    /** The task back to its groups, by the person holding it or the office, with the reason. */
    public void giveBack(String taskId, Caller caller, String reason) {
        Task task = open.find(taskId);
        if (task.getAssignee() == null) {
            throw TaskProblem.notHeld(task.getName());
        }
        if (!caller.username().equals(task.getAssignee())) {
            requireOffice(caller);
        }
        String why = reason(reason, true);
        tasks.setAssignee(task.getId(), null);
        work.recordTaskGivenBack(open.numberOf(task), open.targetOf(task), caller.username(),
                task.getTaskDefinitionKey() + ": " + task.getAssignee() + " — " + why);
    }

    private boolean mayTake(Task task, Person person) {
        if (!person.isActive()) {
            return false;
        }
        Set<String> groups = Set.copyOf(open.candidateGroups(task.getId()));
        if (person.roles().stream().map(Role::groupName).noneMatch(groups::contains)) {
            return false;
        }
        LanguageTag target = open.targetOf(task);
        WorkStep step = open.stepOf(task);
        if (target == null || (step != WorkStep.TRANSLATE && step != WorkStep.REVIEW)) {
            return true;
        }
        Request request = work.get(open.numberOf(task));
        LanguagePair job = new LanguagePair(request.brief().sourceLanguage(), target);
        boolean ownTranslation = step == WorkStep.REVIEW
                && person.username().equals(request.job(target).translator());
        return !ownTranslation && person.languagePairs().stream().anyMatch(pair -> pair.covers(job));
    }

    private static String note(Task task, String assignee, String before, String reason) {
        return task.getTaskDefinitionKey() + ": " + (before == null ? "" : before + " → ") + assignee
                + (reason == null ? "" : " — " + reason);
    }

    static String reason(String reason, boolean required) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && required) {
            throw TaskProblem.reasonMissing();
        }
        if (why != null && why.length() > REASON_LENGTH) {
            throw TaskProblem.reasonTooLong(REASON_LENGTH);
        }
        return why;
    }

    private static void requireOffice(Caller caller) {
        if (!caller.isOffice()) {
            throw TaskProblem.officeOnly();
        }
    }
}
