package org.kakehashi.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Every path of {@code bpmn/translation-request.bpmn}, on an in-memory engine. */
@Deployment(resources = TranslationProcess.RESOURCE)
class TranslationProcessTest {

    /** Stands in for the delivery service: records which requests the process delivered. */
    private static final List<String> delivered = new ArrayList<>();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    private static ProcessEngine engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:translation-process;DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.of(TranslationProcess.DELIVER_TRANSLATION,
                (JavaDelegate) execution -> delivered.add(execution.getProcessBusinessKey())));
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void forgetDeliveries() {
        delivered.clear();
    }

    private static ProcessInstance submit(String number) {
        return runtimeService().startProcessInstanceByKey(TranslationProcess.KEY, number);
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
        assertThat(delivered).isEmpty();
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
        assertThat(delivered).containsExactly("2026-00003");
    }

    @Test
    void requestedChangesGoBackToTheTranslatorUntilTheReviewerApproves() {
        ProcessInstance request = submit("2026-00004");
        complete(task(request), withVariables(TranslationProcess.TRIAGE, TranslationProcess.ACCEPT));
        complete(task(request), withVariables(TranslationProcess.TRANSLATOR, "emily"));

        complete(task(request), withVariables(TranslationProcess.REVIEW, TranslationProcess.CHANGES));

        assertThat(request).isWaitingAt(TranslationProcess.TRANSLATE_REQUEST);
        assertThat(task(request)).isAssignedTo("emily");
        assertThat(delivered).isEmpty();

        complete(task(request), withVariables(TranslationProcess.TRANSLATOR, "emily"));
        complete(task(request), withVariables(TranslationProcess.REVIEW, TranslationProcess.APPROVE));
        execute(job(request));

        assertThat(request).hasPassed(TranslationProcess.TRANSLATION_ROUND, TranslationProcess.REQUEST_DELIVERED)
                .isEnded();
        assertThat(delivered).containsExactly("2026-00004");
    }
}
