package org.kakehashi.workflow;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
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
import static org.kakehashi.workflow.ProcessTestEngine.jobTask;
import static org.kakehashi.workflow.ProcessTestEngine.submit;

/** The jobs of an accepted request: one per target language, routed by the DMN table, translated and reviewed. */
@Deployment(resources = {TranslationProcess.RESOURCE, TranslationProcess.JOB_ROUTING_RESOURCE})
class TranslationJobTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.engine()).build();

    private final ProcessTestEngine.Recorder recorded = ProcessTestEngine.RECORDED;

    @BeforeEach
    void forgetWhatEarlierTestsDid() {
        recorded.clear();
    }

    private static void accept(ProcessInstance request) {
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
    }

    private static void translateAndApprove(ProcessInstance request, String target, String translator) {
        complete(jobTask(request, target), withVariables(TranslationProcess.TRANSLATOR, translator));
        complete(jobTask(request, target), withVariables(TranslationProcess.REVIEW, TranslationProcess.APPROVE));
    }

    @Test
    void eachTargetLanguageRunsAsAJobOfItsOwnAndTheRequestIsDeliveredWhenAllAreReady() {
        ProcessInstance request = submit("2026-00101", "TRANSLATION", 300, "en", "zh-Hans");
        accept(request);

        assertThat(taskService().createTaskQuery().processInstanceId(request.getId())
                .taskDefinitionKey(TranslationProcess.TRANSLATE_REQUEST).count()).isEqualTo(2);

        translateAndApprove(request, "en", "emily");
        assertThat(request).isWaitingAt(TranslationProcess.TRANSLATE_REQUEST);
        assertThat(recorded.delivered).isEmpty();

        translateAndApprove(request, "zh-Hans", "lin");
        execute(job(TranslationProcess.DELIVER_TRANSLATION, request));

        assertThat(request).hasPassed(TranslationProcess.JOB_READY, TranslationProcess.REQUEST_DELIVERED).isEnded();
        assertThat(recorded.delivered).containsExactly("2026-00101");
    }

    @Test
    void eachJobTaskCarriesItsTargetLanguageOnItsOwnExecution() {
        ProcessInstance request = submit("2026-00103", "TRANSLATION", 300, "en", "zh-Hans");
        accept(request);
        complete(jobTask(request, "en"), withVariables(TranslationProcess.TRANSLATOR, "emily"));

        for (Task task : taskService().createTaskQuery().processInstanceId(request.getId()).list()) {
            assertThat(runtimeService().createVariableInstanceQuery().executionIdIn(task.getExecutionId())
                    .variableName(TranslationProcess.TARGET).singleResult().getValue())
                    .as(task.getTaskDefinitionKey())
                    .isEqualTo(taskService().getVariable(task.getId(), TranslationProcess.TARGET));
        }
        assertThat(taskService().createTaskQuery().processInstanceId(request.getId()).list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder(TranslationProcess.REVIEW_TRANSLATION, TranslationProcess.TRANSLATE_REQUEST);
    }

    @Test
    void theRoutingTableSendsChineseToTheLinguistAndEnglishToTheCoordinator() {
        ProcessInstance request = submit("2026-00102", "TRANSLATION", 300, "en", "zh-Hans");
        accept(request);

        assertThat(jobTask(request, "en")).hasCandidateGroup("coordinator");
        assertThat(jobTask(request, "zh-Hans")).hasCandidateGroup("linguist");
        assertThat(recorded.routes).containsExactlyInAnyOrder("en: coordinator / reviewer",
                "zh-Hans: linguist / reviewer");
    }

    @Test
    void aLongTextGoesToTheLinguistWhateverItsLanguage() {
        ProcessInstance request = submit("2026-00103", "TRANSLATION", 25_000, "en", "pt-BR");
        accept(request);

        assertThat(recorded.routes).containsExactlyInAnyOrder("en: linguist / reviewer", "pt-BR: linguist / reviewer");
    }

    @Test
    void anUncommonPairGoesOutsideForTranslationAndReview() {
        ProcessInstance request = submit("2026-00107", "TRANSLATION", 300, "pt-BR");
        accept(request);

        assertThat(recorded.routes).containsExactly("pt-BR: linguist / external-reviewer");
        assertThat(task(request)).hasCandidateGroup("linguist");
    }

    @Test
    void aCheckSkipsTranslationAndGoesStraightToReview() {
        ProcessInstance request = submit("2026-00104", "CHECKING", 300, "en");
        accept(request);

        assertThat(request).isWaitingAt(TranslationProcess.REVIEW_TRANSLATION)
                .hasNotPassed(TranslationProcess.TRANSLATE_REQUEST);
        complete(task(request), withVariables(TranslationProcess.REVIEW, TranslationProcess.APPROVE));
        execute(job(TranslationProcess.DELIVER_TRANSLATION, request));
        assertThat(request).isEnded();
    }

    @Test
    void withoutAnEligibleInHouseReviewerTheReviewGoesToTheExternalReviewers() {
        recorded.noInHouseReviewerFor.add("zh-Hant");
        ProcessInstance request = submit("2026-00105", "TRANSLATION", 300, "zh-Hant");
        accept(request);
        complete(task(request), withVariables(TranslationProcess.TRANSLATOR, "lin"));

        assertThat(task(request)).hasDefinitionKey(TranslationProcess.REVIEW_TRANSLATION)
                .hasCandidateGroup("external-reviewer");
    }

    @Test
    void changesToOneJobLeaveTheOtherJobAlone() {
        ProcessInstance request = submit("2026-00106", "TRANSLATION", 300, "en", "zh-Hans");
        accept(request);
        complete(jobTask(request, "en"), withVariables(TranslationProcess.TRANSLATOR, "emily"));
        complete(jobTask(request, "zh-Hans"), withVariables(TranslationProcess.TRANSLATOR, "lin"));

        complete(jobTask(request, "en"), withVariables(TranslationProcess.REVIEW, TranslationProcess.CHANGES));

        assertThat(jobTask(request, "en")).hasDefinitionKey(TranslationProcess.TRANSLATE_REQUEST).isAssignedTo("emily");
        assertThat(jobTask(request, "zh-Hans")).hasDefinitionKey(TranslationProcess.REVIEW_TRANSLATION);
    }

    @Test
    void aJobForALinguistOutsideWhoseSourceHoldsPersonalDataWaitsForTheCoordinatorsWord() {
        recorded.personalDataForLinguist.add("2026-00110/zh-Hans");
        ProcessInstance request = submit("2026-00110", "TRANSLATION", 300, "en", "zh-Hans");
        accept(request);

        assertThat(jobTask(request, "en")).hasDefinitionKey(TranslationProcess.TRANSLATE_REQUEST);
        Task handOut = jobTask(request, "zh-Hans");
        assertThat(handOut).hasDefinitionKey(TranslationProcess.CONFIRM_HAND_OUT).hasCandidateGroup("coordinator");

        complete(handOut);

        assertThat(jobTask(request, "zh-Hans")).hasDefinitionKey(TranslationProcess.TRANSLATE_REQUEST)
                .hasCandidateGroup("linguist");
    }

    @Test
    void aDeliveryToPartnersWithPersonalDataWaitsForTheCoordinatorsConfirmation() {
        recorded.personalDataForPartners.add("2026-00109");
        ProcessInstance request = ProcessTestEngine.submitWithPartners("2026-00109", 1, "TRANSLATION", 300, "en");
        accept(request);
        translateAndApprove(request, "en", "emily");

        assertThat(request).isWaitingAt(TranslationProcess.CONFIRM_DELIVERY);
        assertThat(task(request)).hasCandidateGroup("coordinator");
        assertThat(recorded.delivered).isEmpty();

        complete(task(request));
        execute(job(TranslationProcess.DELIVER_TRANSLATION, request));

        assertThat(recorded.delivered).containsExactly("2026-00109");
        assertThat(request).isWaitingAt(TranslationProcess.AWAIT_PARTNER_RECEIPT);
    }

    @Test
    void aDeliveryToPartnersWaitsForTheirReceiptAndRemindsThemMeanwhile() {
        ProcessInstance request = ProcessTestEngine.submitWithPartners("2026-00108", 2, "TRANSLATION", 300, "en");
        accept(request);
        translateAndApprove(request, "en", "emily");
        execute(job(TranslationProcess.DELIVER_TRANSLATION, request));

        assertThat(request).isWaitingAt(TranslationProcess.AWAIT_PARTNER_RECEIPT)
                .hasPassed(TranslationProcess.PARTNERS_CHOSEN);
        var reminderTimer = managementService().createJobQuery().processInstanceId(request.getId())
                .activityId(TranslationProcess.RECEIPT_REMINDER_DUE).singleResult();
        assertThat(reminderTimer.getDuedate()).as("the date the partners' calendars give")
                .isAfter(Date.from(Instant.now().plus(Duration.ofDays(4))));
        execute(reminderTimer);
        execute(job(TranslationProcess.REMIND_PARTNERS, request));
        assertThat(recorded.partnersReminded).containsExactly("2026-00108");
        assertThat(request).isWaitingAt(TranslationProcess.AWAIT_PARTNER_RECEIPT);

        runtimeService().createMessageCorrelation(TranslationProcess.DELIVERY_RECEIVED_MESSAGE)
                .processInstanceBusinessKey("2026-00108").correlate();

        assertThat(request).hasPassed(TranslationProcess.RECEIPT_CONFIRMED).isEnded();
    }

    @Test
    void aDeliveryToNoPartnerEndsAtDelivery() {
        ProcessInstance request = submit("2026-00109", "TRANSLATION", 300, "en");
        accept(request);
        translateAndApprove(request, "en", "emily");
        execute(job(TranslationProcess.DELIVER_TRANSLATION, request));

        assertThat(request).hasPassed(TranslationProcess.REQUEST_DELIVERED)
                .hasNotPassed(TranslationProcess.AWAIT_PARTNER_RECEIPT).isEnded();
    }

    @Test
    void aRequestCancelledWhileItsJobsAreTranslatedStopsEveryJob() {
        ProcessInstance request = submit("2026-00110", "TRANSLATION", 300, "en", "zh-Hans");
        accept(request);
        complete(jobTask(request, "en"), withVariables(TranslationProcess.TRANSLATOR, "emily"));

        runtimeService().createMessageCorrelation(TranslationProcess.REQUEST_CANCELLED_MESSAGE)
                .processInstanceBusinessKey("2026-00110").correlate();

        assertThat(request).hasPassed(TranslationProcess.REQUEST_WITHDRAWN).isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(request.getId()).count()).isZero();
        assertThat(recorded.delivered).isEmpty();
    }
}
