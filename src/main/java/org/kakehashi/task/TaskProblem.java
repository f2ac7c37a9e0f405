package org.kakehashi.task;

import org.kakehashi.platform.problem.DomainProblem;

import java.time.LocalDate;

/**
 * Refusals about tasks: unknown, someone else's, not the caller's to take, not to be given to a person who may not
 * take it or is away, an outcome the step lacks, a due date gone by, or a task list asked for with a value its
 * parameter cannot take.
 */
public class TaskProblem extends DomainProblem {

    private TaskProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static TaskProblem notFound(String taskId) {
        return new TaskProblem(Kind.NOT_FOUND, "task.not-found", null, taskId);
    }

    static TaskProblem claimedByOther(String taskName, String assignee) {
        return new TaskProblem(Kind.CONFLICT, "task.claimed-by-other", null, taskName, assignee);
    }

    static TaskProblem notCandidate(String taskName) {
        return new TaskProblem(Kind.FORBIDDEN, "task.not-candidate", null, taskName);
    }

    static TaskProblem notTranslation(String taskName) {
        return new TaskProblem(Kind.CONFLICT, "task.not-translation", null, taskName);
    }

    static TaskProblem unknownOutcome(String taskName, String outcome, String allowed) {
        return new TaskProblem(Kind.INVALID, "task.unknown-outcome", "outcome", taskName, outcome, allowed);
    }

    static TaskProblem invalidChoice(String field, String value, String allowed) {
        return new TaskProblem(Kind.INVALID, "task.invalid-choice", field, value, allowed);
    }

    static TaskProblem invalidLanguage(String value) {
        return new TaskProblem(Kind.INVALID, "language.invalid-tag", "language", value);
    }

    static TaskProblem invalidRequestNumber(String value) {
        return new TaskProblem(Kind.INVALID, "task.invalid-request-number", "request", value);
    }

    static TaskProblem unknownPerson(String username) {
        return new TaskProblem(Kind.INVALID, "task.unknown-person", "assignee", String.valueOf(username));
    }

    static TaskProblem assigneeMissing() {
        return new TaskProblem(Kind.INVALID, "task.assignee-missing", "assignee");
    }

    static TaskProblem mayNotTake(String taskName, String username) {
        return new TaskProblem(Kind.INVALID, "task.may-not-take", "assignee", taskName, username);
    }

    static TaskProblem away(String username, LocalDate first, LocalDate last) {
        return new TaskProblem(Kind.INVALID, "task.assignee-away", "assignee", username, first.toString(),
                last.toString());
    }

    static TaskProblem notHeld(String taskName) {
        return new TaskProblem(Kind.CONFLICT, "task.not-held", null, taskName);
    }

    static TaskProblem reasonMissing() {
        return new TaskProblem(Kind.INVALID, "task.reason-missing", "reason");
    }

    static TaskProblem reasonTooLong(int length) {
        return new TaskProblem(Kind.INVALID, "task.reason-too-long", "reason", length);
    }

    static TaskProblem officeOnly() {
        return new TaskProblem(Kind.FORBIDDEN, "task.office-only", null);
    }

    static TaskProblem bulkOfficeOnly() {
        return new TaskProblem(Kind.FORBIDDEN, "task.bulk-office-only", null);
    }

    static TaskProblem dueMissing() {
        return new TaskProblem(Kind.INVALID, "task.due-missing", "due");
    }

    static TaskProblem dueGone(LocalDate day) {
        return new TaskProblem(Kind.INVALID, "task.due-gone", "due", day.toString());
    }
}
