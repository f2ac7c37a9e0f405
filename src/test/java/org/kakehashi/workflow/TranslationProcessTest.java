package org.kakehashi.workflow;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.kakehashi.workflow.ProcessTestEngine.submit;

/**
 * The request-level paths of {@code bpmn/translation-request.bpmn}: triage, questions, cancellation, deadlines,
 * and a single job through to delivery. The jobs' own paths are in {@link TranslationJobTest}.
 */
@Deployment(resources = {TranslationProcess.RESOURCE, TranslationProcess.JOB_ROUTING_RESOURCE})
class TranslationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.engine()).build();

    private final ProcessTestEngine.Recorder recorded = ProcessTestEngine.RECORDED;

    @AfterEach
    void backToTheRealClock() {
        ClockUtil.reset();
    }

    @BeforeEach
    void forgetWhatEarlierTestsDid() {
        recorded.clear();
    }

    private static void correlate(String message, String number) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(number).correlate();
    }

    private static void fireTimer(ProcessInstance request, String boundaryEvent) {
        execute(managementService().createJobQuery().processInstanceId(request.getId())
                .activityId(boundaryEvent).timers().singleResult());
    }


    @Test
    void aSubmittedRequestWaitsForACoordinatorsTriage() {
        ProcessInstance request = submit("2026-00001");

        assertThat(request).isWaitingAt(TranslationProcess.TRIAGE_REQUEST);
        assertThat(task(request)).hasCandidateGroup("coordinator").isNotAssigned();
    }

    @Test
    void aRejectedRequestEndsWithoutTranslationOrDelivery() {
        ProcessInstance request = submit("2026-00002");

        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.REJECT));

        assertThat(request).hasPassed(TranslationProcess.REQUEST_REJECTED)
                .hasNotPassed(TranslationProcess.TRANSLATE_REQUEST).isEnded();
        assertThat(recorded.delivered).isEmpty();
    }

    @Test
    void anAnsweredQuestionBringsTheRequestBackToTriage() {
        ProcessInstance request = submit("2026-00010");

        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ASK));
        assertThat(request).isWaitingAt(TranslationProcess.AWAIT_ANSWER);

        correlate(TranslationProcess.REQUESTER_ANSWERED_MESSAGE, "2026-00010");

        assertThat(request).isWaitingAt(TranslationProcess.TRIAGE_REQUEST).hasPassed(TranslationProcess.TRIAGE_ROUND);
        assertThat(managementService().createJobQuery().processInstanceId(request.getId())
                .activityId(TranslationProcess.ANSWER_REMINDER_DUE).count()).as("the question's reminder is gone").isZero();
        assertThat(managementService().createJobQuery().processInstanceId(request.getId())
                .activityId(TranslationProcess.ANSWER_OVERDUE).count()).as("and so is its lapse").isZero();
    }

    @Test
    void anUnansweredQuestionIsRemindedAndThenTheRequestLapses() {
        ProcessInstance request = submit("2026-00011");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ASK));

        fireTimer(request, TranslationProcess.ANSWER_REMINDER_DUE);
        execute(job(TranslationProcess.REMIND_REQUESTER, request));
        assertThat(recorded.reminded).containsExactly("2026-00011");
        assertThat(request).isWaitingAt(TranslationProcess.AWAIT_ANSWER);

        fireTimer(request, TranslationProcess.ANSWER_OVERDUE);
        execute(job(TranslationProcess.LAPSE_REQUEST, request));

        assertThat(request).hasPassed(TranslationProcess.REQUEST_LAPSED).isEnded();
        assertThat(recorded.lapsed).containsExactly("2026-00011");
    }

    @Test
    void theQuestionsTimersCountCityBusinessDays() {
        // asked on Thursday 30 April 2026, 10:00 in Tokyo, just before Golden Week
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 4, 30, 10, 0, 0, 0, ProcessTestEngine.TOKYO).toInstant()));
        ProcessInstance request = submit("2026-00012");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ASK));

        // P5D: 5/1, then 5/7, 5/8, 5/11, 5/12 (5/2–5/6 are a weekend, three holidays and a substitute holiday)
        assertThat(timerDue(request, TranslationProcess.ANSWER_REMINDER_DUE))
                .isEqualTo(ZonedDateTime.of(2026, 5, 12, 10, 0, 0, 0, ProcessTestEngine.TOKYO));
        // P10D: five more open days, 5/13–5/15, 5/18, 5/19
        assertThat(timerDue(request, TranslationProcess.ANSWER_OVERDUE))
                .isEqualTo(ZonedDateTime.of(2026, 5, 19, 10, 0, 0, 0, ProcessTestEngine.TOKYO));
    }

    private static ZonedDateTime timerDue(ProcessInstance request, String boundaryEvent) {
        return managementService().createJobQuery().processInstanceId(request.getId()).activityId(boundaryEvent)
                .timers().singleResult().getDuedate().toInstant().atZone(ProcessTestEngine.TOKYO);
    }

    @Test
    void everyUserTaskIsDueInCityBusinessDays() {
        // submitted on Friday 18 December 2026, 9:00 in Tokyo
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 18, 9, 0, 0, 0, ProcessTestEngine.TOKYO).toInstant()));
        ProcessInstance request = submit("2026-00020");
        assertThat(task(request).getDueDate().toInstant().atZone(ProcessTestEngine.TOKYO))
                .as("triage: P2D").isEqualTo(ZonedDateTime.of(2026, 12, 22, 9, 0, 0, 0, ProcessTestEngine.TOKYO));

        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        assertThat(task(request).getDueDate().toInstant().atZone(ProcessTestEngine.TOKYO))
                .as("translation: P5D, over the weekend").isEqualTo(ZonedDateTime.of(2026, 12, 25, 9, 0, 0, 0, ProcessTestEngine.TOKYO));

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 25, 17, 0, 0, 0, ProcessTestEngine.TOKYO).toInstant()));
        complete(task(request), withVariables(TranslationProcess.TRANSLATOR, "emily"));
        assertThat(task(request).getDueDate().toInstant().atZone(ProcessTestEngine.TOKYO))
                .as("review: P2D, Monday 12/28 and then, across the year-end closing, 1/4")
                .isEqualTo(ZonedDateTime.of(2027, 1, 4, 17, 0, 0, 0, ProcessTestEngine.TOKYO));
    }

    @Test
    void aWantedByDateBeforeTheServiceTimeIsTheTasksDueDateAndEscalation() {
        // submitted on Monday 16 November 2026, 9:00 in Tokyo, wanted by Wednesday 18 November: triage's P2D
        // (Wednesday 9:00) comes first. Accepted on Tuesday 17 November, 10:00: the translation's P5D would be
        // Wednesday 25 November, 10:00 (18, 19, 20, 24, 25; 23 November is Labour Thanksgiving Day), so the task
        // is due at the end of 18 November, reminded as that day starts, and escalates at its end
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 16, 9, 0, 0, 0, ProcessTestEngine.TOKYO).toInstant()));
        recorded.wantedBy.put("2026-00030", LocalDate.of(2026, 11, 18));
        ProcessInstance request = submit("2026-00030");
        assertThat(task(request).getDueDate().toInstant().atZone(ProcessTestEngine.TOKYO))
                .as("triage: P2D, before the wanted-by day ends")
                .isEqualTo(ZonedDateTime.of(2026, 11, 18, 9, 0, 0, 0, ProcessTestEngine.TOKYO));

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 17, 10, 0, 0, 0, ProcessTestEngine.TOKYO).toInstant()));
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        Task translation = task(request);
        assertThat(translation.getDueDate().toInstant().atZone(ProcessTestEngine.TOKYO))
                .as("translation: the wanted-by day's end, not P5D")
                .isEqualTo(ZonedDateTime.of(2026, 11, 18, 23, 59, 59, 0, ProcessTestEngine.TOKYO));
        List<org.camunda.bpm.engine.runtime.Job> timers = managementService().createJobQuery()
                .processInstanceId(request.getId()).activityId(TranslationProcess.TRANSLATE_REQUEST).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).extracting(timer -> timer.getDuedate().toInstant().atZone(ProcessTestEngine.TOKYO))
                .as("the reminder as the wanted-by day starts, the escalation at its end")
                .containsExactly(ZonedDateTime.of(2026, 11, 18, 0, 0, 0, 0, ProcessTestEngine.TOKYO),
                        ZonedDateTime.of(2026, 11, 18, 23, 59, 59, 0, ProcessTestEngine.TOKYO));
    }

    @Test
    void aWantedByDateAfterTheServiceTimeLeavesTheServiceTime() {
        // submitted on Friday 18 December 2026, 9:00 in Tokyo, wanted by 29 January 2027: triage's P2D is
        // Tuesday 22 December, 9:00, as without a wanted-by date
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 18, 9, 0, 0, 0, ProcessTestEngine.TOKYO).toInstant()));
        recorded.wantedBy.put("2026-00031", LocalDate.of(2027, 1, 29));
        ProcessInstance request = submit("2026-00031");

        assertThat(task(request).getDueDate().toInstant().atZone(ProcessTestEngine.TOKYO))
                .isEqualTo(ZonedDateTime.of(2026, 12, 22, 9, 0, 0, 0, ProcessTestEngine.TOKYO));
    }

    @Test
    void aTaskDueSoonRemindsAndAnOverdueTaskGoesToTheOfficeManager() {
        ProcessInstance request = submit("2026-00021");
        List<org.camunda.bpm.engine.runtime.Job> timers = managementService().createJobQuery()
                .processInstanceId(request.getId()).timers().orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);

        execute(timers.get(0));
        assertThat(recorded.remindedOfTasks).containsExactly(TranslationProcess.TRIAGE_REQUEST);
        assertThat(recorded.overdueTasks).isEmpty();

        execute(timers.get(1));
        assertThat(recorded.overdueTasks).containsExactly(TranslationProcess.TRIAGE_REQUEST);
        assertThat(task(request)).hasCandidateGroup("coordinator").hasCandidateGroup("office-manager");
        assertThat(request).isWaitingAt(TranslationProcess.TRIAGE_REQUEST);
    }

    @Test
    void aTaskDoneInTimeLeavesNoTimersBehind() {
        ProcessInstance request = submit("2026-00022");

        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.REJECT));

        assertThat(managementService().createJobQuery().processInstanceId(request.getId()).count()).isZero();
        assertThat(recorded.remindedOfTasks).isEmpty();
    }

    @Test
    void aRequestCancelledBeforeTriageEnds() {
        ProcessInstance request = submit("2026-00013");

        correlate(TranslationProcess.REQUEST_CANCELLED_MESSAGE, "2026-00013");

        assertThat(request).hasPassed(TranslationProcess.REQUEST_WITHDRAWN)
                .hasNotPassed(TranslationProcess.TRIAGE_DECISION).isEnded();
    }

    @Test
    void aRequestCancelledWhileAwaitingAnAnswerEndsWithoutLapsing() {
        ProcessInstance request = submit("2026-00014");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ASK));

        correlate(TranslationProcess.REQUEST_CANCELLED_MESSAGE, "2026-00014");

        assertThat(request).hasPassed(TranslationProcess.REQUEST_WITHDRAWN).isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(request.getId()).count()).isZero();
    }

    @Test
    void aRequestCancelledInReviewIsNeverDelivered() {
        ProcessInstance request = submit("2026-00015");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        complete(task(request), withVariables(TranslationProcess.TRANSLATOR, "emily"));

        correlate(TranslationProcess.REQUEST_CANCELLED_MESSAGE, "2026-00015");

        assertThat(request).hasPassed(TranslationProcess.REQUEST_WITHDRAWN)
                .hasNotPassed(TranslationProcess.DELIVER_TRANSLATION).isEnded();
        assertThat(recorded.delivered).isEmpty();
    }

    @Test
    void aRequestCancelledAfterApprovalIsNotDelivered() {
        ProcessInstance request = submit("2026-00016");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        complete(task(request), withVariables(TranslationProcess.TRANSLATOR, "emily"));
        complete(task(request), withVariables(TranslationProcess.REVIEW, TranslationProcess.APPROVE));

        correlate(TranslationProcess.REQUEST_CANCELLED_MESSAGE, "2026-00016");

        assertThat(request).hasPassed(TranslationProcess.REQUEST_WITHDRAWN).isEnded();
        assertThat(recorded.delivered).isEmpty();
    }

    @Test
    void anAcceptedRequestIsTranslatedReviewedAndDelivered() {
        ProcessInstance request = submit("2026-00003");

        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        assertThat(request).isWaitingAt(TranslationProcess.TRANSLATE_REQUEST);
        assertThat(task(request)).hasCandidateGroup("coordinator").isNotAssigned();

        complete(task(request), withVariables(TranslationProcess.TRANSLATOR, "emily"));
        assertThat(request).isWaitingAt(TranslationProcess.REVIEW_TRANSLATION);
        assertThat(task(request)).hasCandidateGroup("reviewer");

        complete(task(request), withVariables(TranslationProcess.REVIEW, TranslationProcess.APPROVE));
        // delivery runs after the reviewer's transaction, as a job that is retried if it fails
        assertThat(request).isWaitingAt(TranslationProcess.DELIVER_TRANSLATION);
        execute(job(request));

        assertThat(request).hasPassed(TranslationProcess.REQUEST_DELIVERED).isEnded();
        assertThat(recorded.delivered).containsExactly("2026-00003");
    }

    @Test
    void requestedChangesGoBackToTheTranslatorUntilTheReviewerApproves() {
        ProcessInstance request = submit("2026-00004");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        complete(task(request), withVariables(TranslationProcess.TRANSLATOR, "emily"));

        complete(task(request), withVariables(TranslationProcess.REVIEW, TranslationProcess.CHANGES));

        assertThat(request).isWaitingAt(TranslationProcess.TRANSLATE_REQUEST);
        assertThat(task(request)).isAssignedTo("emily");
        assertThat(recorded.delivered).isEmpty();

        complete(task(request), withVariables(TranslationProcess.TRANSLATOR, "emily"));
        complete(task(request), withVariables(TranslationProcess.REVIEW, TranslationProcess.APPROVE));
        execute(job(request));

        assertThat(request).hasPassed(TranslationProcess.TRANSLATION_ROUND, TranslationProcess.REQUEST_DELIVERED)
                .isEnded();
        assertThat(recorded.delivered).containsExactly("2026-00004");
    }
}
