package org.kakehashi.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.MailPreference;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.task.TaskAssigned;
import org.kakehashi.workflow.TaskDeadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The people who must act on a task hear of it in the step's own transaction, in their language, with a link to
 * the task: the person given it; its holder before it falls due and when it is overdue; the office manager, who
 * takes the escalation, when it is overdue. Each at once, or in the daily digest when that is what they chose.
 */
@ApplicationScoped
public class AssigneeNotices {

    @Inject
    Directory directory;
    @Inject
    RequestRepository requests;
    @Inject
    MailTexts texts;
    @Inject
    Outbox outbox;
    @Inject
    Digests digests;
    @Inject
    Clock clock;

    void onAssigned(@Observes TaskAssigned assigned) {
        directory.person(assigned.assignee()).ifPresent(person -> tell(person, assigned.number(),
                assigned.taskId(), "task-assigned", messages -> List.of(assigned.number().value(),
                        messages.format("mail.task." + assigned.taskKey()), assigned.by(),
                        assigned.reason() == null ? "" : assigned.reason())));
    }

    void onDeadline(@Observes TaskDeadline deadline) {
        List<Person> told = new ArrayList<>();
        if (deadline.assignee() != null) {
            directory.person(deadline.assignee()).ifPresent(told::add);
        }
        if (deadline.passed()) {
            directory.active(Role.OFFICE_MANAGER).stream()
                    .filter(manager -> !manager.username().equals(deadline.assignee()))
                    .forEach(told::add);
        }
        String kind = deadline.passed() ? "task-overdue" : "task-due-soon";
        told.forEach(person -> tell(person, deadline.number(), deadline.taskId(), kind, messages -> List.of(
                deadline.number().value(), messages.format("mail.task." + deadline.taskKey()),
                deadline.due() == null ? "" : MailTexts.date(LocalDate.ofInstant(deadline.due(), clock.getZone()),
                        person.mailLanguage()))));
    }

    private void tell(Person person, RequestNumber number, String taskId, String kind,
                      Function<Messages, List<Object>> arguments) {
        if (person.mailPreference() == MailPreference.DIGEST) {
            digests.collect(person.username(), RequestStepTaken.latest(requests.find(number).orElseThrow()));
            return;
        }
        Recipients.addressee(person).ifPresent(to -> {
            Messages messages = MailTexts.messagesFor(to.language());
            outbox.queue(texts.notice(to.recipient(), to.language(), kind, number.value(), arguments.apply(messages),
                    List.of(new MailTexts.Link(messages.format("mail.open-task"),
                            texts.baseUrl() + "/work.html?task=" + taskId))));
        });
    }
}
