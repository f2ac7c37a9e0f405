package org.kakehashi.workflow;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.ZonedDateTime;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Every path of {@code bpmn/interpretation-request.bpmn}, on the shared in-memory engine. */
@Deployment(resources = InterpretationProcess.RESOURCE)
class InterpretationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.engine()).build();

    private final ProcessTestEngine.Recorder recorded = ProcessTestEngine.RECORDED;

    // a Napier delegation's visit: Thursday 10 December 2026, 13:00–16:00 in Tokyo
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, ProcessTestEngine.TOKYO);

    @BeforeEach
    void forgetWhatEarlierTestsDid() {
        recorded.clear();
    }

    private ProcessInstance request(String number) {
        recorded.events.put(number, new Date[] {Date.from(START.minusDays(1).toInstant()),
                Date.from(START.plusHours(3).toInstant())});
        return runtimeService().startProcessInstanceByKey(InterpretationProcess.KEY, number);
    }

    private static void fire(ProcessInstance request, String timerEvent) {
        execute(managementService().createJobQuery().processInstanceId(request.getId()).activityId(timerEvent)
                .timers().singleResult());
    }

    @Test
    void aRejectedInterpretationRequestEnds() {
        ProcessInstance request = request("2026-00201");

        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.REJECT));

        assertThat(request).hasPassed(InterpretationProcess.REQUEST_REJECTED).isEnded();
    }

    @Test
    void anAnsweredQuestionBringsTheInterpretationBackToTriageAndOnToBooking() {
        ProcessInstance request = request("2026-00205");

        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ASK));
        assertThat(request).isWaitingAt(InterpretationProcess.AWAIT_ANSWER);

        runtimeService().createMessageCorrelation(TranslationProcess.REQUESTER_ANSWERED_MESSAGE)
                .processInstanceBusinessKey("2026-00205").correlate();

        assertThat(request).isWaitingAt(InterpretationProcess.TRIAGE_INTERPRETATION)
                .hasPassed(InterpretationProcess.TRIAGE_ROUND);
        assertThat(timers(request, InterpretationProcess.ANSWER_REMINDER_DUE)).as("the question's reminder is gone")
                .isZero();
        assertThat(timers(request, InterpretationProcess.ANSWER_OVERDUE)).as("and so is its lapse").isZero();

        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        assertThat(task(request)).hasDefinitionKey(InterpretationProcess.SCHEDULE_INTERPRETATION);
        assertThat(recorded.reminded).isEmpty();
        assertThat(recorded.lapsed).isEmpty();
    }

    @Test
    void anUnansweredQuestionIsRemindedAndThenTheInterpretationLapses() {
        ProcessInstance request = request("2026-00206");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ASK));

        fire(request, InterpretationProcess.ANSWER_REMINDER_DUE);
        execute(job(InterpretationProcess.REMIND_REQUESTER, request));
        assertThat(recorded.reminded).containsExactly("2026-00206");
        assertThat(request).hasPassed(InterpretationProcess.REQUESTER_REMINDED)
                .isWaitingAt(InterpretationProcess.AWAIT_ANSWER);

        fire(request, InterpretationProcess.ANSWER_OVERDUE);
        execute(job(InterpretationProcess.LAPSE_REQUEST, request));

        assertThat(request).hasPassed(InterpretationProcess.REQUEST_LAPSED)
                .hasNotPassed(InterpretationProcess.SCHEDULE_INTERPRETATION).isEnded();
        assertThat(recorded.lapsed).containsExactly("2026-00206");
    }

    @Test
    void anInterpretationCancelledWhileAwaitingAnAnswerEndsWithoutLapsing() {
        ProcessInstance request = request("2026-00207");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ASK));

        runtimeService().createMessageCorrelation(TranslationProcess.REQUEST_CANCELLED_MESSAGE)
                .processInstanceBusinessKey("2026-00207").correlate();

        assertThat(request).hasPassed(InterpretationProcess.INTERPRETATION_WITHDRAWN)
                .hasNotPassed(InterpretationProcess.REQUEST_LAPSED).isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(request.getId()).count()).isZero();
        assertThat(recorded.lapsed).isEmpty();
    }

    private static long timers(ProcessInstance request, String boundaryEvent) {
        return managementService().createJobQuery().processInstanceId(request.getId()).activityId(boundaryEvent)
                .count();
    }

    @Test
    void aBookedInterpreterIsRemindedTheDayBeforeAndReportsAfterTheEvent() {
        ProcessInstance request = request("2026-00202");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        assertThat(task(request)).hasDefinitionKey(InterpretationProcess.SCHEDULE_INTERPRETATION)
                .hasCandidateGroup("coordinator");

        complete(task(request), withVariables(InterpretationProcess.INTERPRETER, "emily"));
        assertThat(request).isWaitingAt(InterpretationProcess.EVENT_REMINDER_DUE);
        assertThat(managementService().createJobQuery().processInstanceId(request.getId()).timers().singleResult()
                .getDuedate()).isEqualTo(Date.from(START.minusDays(1).toInstant()));

        fire(request, InterpretationProcess.EVENT_REMINDER_DUE);
        execute(job(InterpretationProcess.REMIND_INTERPRETER, request));
        assertThat(recorded.interpretersReminded).containsExactly("2026-00202");
        assertThat(request).isWaitingAt(InterpretationProcess.EVENT_OVER);

        fire(request, InterpretationProcess.EVENT_OVER);
        execute(job(InterpretationProcess.MARK_HELD, request));
        assertThat(recorded.held).containsExactly("2026-00202");
        assertThat(task(request)).hasDefinitionKey(InterpretationProcess.REPORT_EVENT).isAssignedTo("emily");

        complete(task(request));
        assertThat(request).hasPassed(InterpretationProcess.INTERPRETATION_REPORTED).isEnded();
    }

    @Test
    void aReportNotWrittenInAWeekIsRemindedAndEscalated() {
        ProcessInstance request = request("2026-00203");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        complete(task(request), withVariables(InterpretationProcess.INTERPRETER, "emily"));
        fire(request, InterpretationProcess.EVENT_REMINDER_DUE);
        execute(job(InterpretationProcess.REMIND_INTERPRETER, request));
        fire(request, InterpretationProcess.EVENT_OVER);
        execute(job(InterpretationProcess.MARK_HELD, request));

        var timers = managementService().createJobQuery().processInstanceId(request.getId()).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        execute(timers.get(0));
        execute(timers.get(1));

        assertThat(recorded.remindedOfTasks).containsExactly(InterpretationProcess.REPORT_EVENT);
        assertThat(recorded.overdueTasks).containsExactly(InterpretationProcess.REPORT_EVENT);
        assertThat(taskService().getIdentityLinksForTask(task(request).getId()))
                .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId).contains("office-manager");
    }

    @Test
    void aCancelledInterpretationEndsBeforeTheEvent() {
        ProcessInstance request = request("2026-00204");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        complete(task(request), withVariables(InterpretationProcess.INTERPRETER, "emily"));

        runtimeService().createMessageCorrelation(TranslationProcess.REQUEST_CANCELLED_MESSAGE)
                .processInstanceBusinessKey("2026-00204").correlate();

        assertThat(request).hasPassed(InterpretationProcess.INTERPRETATION_WITHDRAWN).isEnded();
        assertThat(recorded.interpretersReminded).isEmpty();
    }
}
