package org.kakehashi.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.kakehashi.workflow.ProcessTestEngine.jobTask;
import static org.kakehashi.workflow.ProcessTestEngine.submit;

/** A task's due date moved takes its reminder and its escalation along; the request's other job keeps its own. */
@Deployment(resources = {TranslationProcess.RESOURCE, TranslationProcess.JOB_ROUTING_RESOURCE})
class TaskTimeoutsTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.engine()).build();

    private final ProcessTestEngine.Recorder recorded = ProcessTestEngine.RECORDED;
    private final TaskTimeouts timeouts = new TaskTimeouts(taskService(), managementService());

    @BeforeEach
    void forgetWhatEarlierTestsDid() {
        recorded.clear();
    }

    @AfterEach
    void backToTheRealClock() {
        ClockUtil.reset();
    }

    @Test
    void theRemindersAndTheEscalationKeepTheirDistanceToTheMovedDueDate() {
        // accepted on Friday 18 December 2026, 9:00 in Tokyo: both translations are due on Friday the 25th
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 18, 9, 0, 0, 0, ProcessTestEngine.TOKYO)
                .toInstant()));
        ProcessInstance request = submit("2026-00301", "TRANSLATION", 300, "en", "zh-Hans");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        Task english = jobTask(request, "en");
        Instant due = english.getDueDate().toInstant();
        List<Instant> englishTimers = dueDates(english);
        List<Instant> chineseTimers = dueDates(jobTask(request, "zh-Hans"));
        assertThat(englishTimers).as("the reminder, then the escalation at the due date").hasSize(2).endsWith(due);

        Instant moved = ZonedDateTime.of(2027, 1, 8, 23, 59, 59, 0, ProcessTestEngine.TOKYO).toInstant();
        timeouts.moveDue(english, moved);

        Duration by = Duration.between(due, moved);
        assertThat(taskService().createTaskQuery().taskId(english.getId()).singleResult().getDueDate().toInstant())
                .isEqualTo(moved);
        assertThat(dueDates(english)).containsExactly(englishTimers.get(0).plus(by), moved);
        assertThat(dueDates(jobTask(request, "zh-Hans"))).as("the other job's").isEqualTo(chineseTimers);
    }

    @Test
    void aMovedReminderStillRemindsItsTask() {
        ProcessInstance request = submit("2026-00302");
        Task triage = task(request);
        Instant earlier = triage.getDueDate().toInstant().minus(Duration.ofHours(5));

        timeouts.moveDue(triage, earlier);
        execute(timers(triage).get(0));

        assertThat(recorded.remindedOfTasks).containsExactly(TranslationProcess.TRIAGE_REQUEST);
        assertThat(recorded.overdueTasks).isEmpty();
    }

    private List<Job> timers(Task task) {
        return timeouts.timersOf(task).stream().sorted(Comparator.comparing(Job::getDuedate)).toList();
    }

    private List<Instant> dueDates(Task task) {
        return timers(task).stream().map(timer -> timer.getDuedate().toInstant()).toList();
    }
}
