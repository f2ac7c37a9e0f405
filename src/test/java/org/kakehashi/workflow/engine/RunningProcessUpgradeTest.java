package org.kakehashi.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests under way move to a new version of their process where the step they wait in is still there. */
class RunningProcessUpgradeTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:running-process-upgrade;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("running-process-upgrade")
                .setJobExecutorActivate(false)
                .buildProcessEngine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void anInstanceWaitingAtAStepTheNewVersionKeepsMovesAndOneAtAStepItDroppedStays() {
        deploy(Bpmn.createExecutableProcess("meeting")
                .startEvent("requested").userTask("triage").userTask("oldCheck").endEvent("done").done());
        ProcessInstance atTriage = engine.getRuntimeService().startProcessInstanceByKey("meeting", "2026-00001");
        ProcessInstance atOldCheck = engine.getRuntimeService().startProcessInstanceByKey("meeting", "2026-00002");
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
                .processInstanceId(atOldCheck.getId()).singleResult().getId());
        deploy(Bpmn.createExecutableProcess("meeting")
                .startEvent("requested").userTask("triage").userTask("book").endEvent("done").done());

        RunningProcessUpgrade.toNewestVersions(engine);

        assertThat(versionOf(atTriage)).isEqualTo(2);
        assertThat(versionOf(atOldCheck)).isEqualTo(1);
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
                .processInstanceId(atTriage.getId()).singleResult().getId());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(atTriage.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("book");
    }

    @Test
    void tasksMadeAfterTheMoveStillHaveTheirTimeoutTimers() {
        deploy(Bpmn.createExecutableProcess("notice").startEvent("received")
                .userTask("translate").camundaTaskListenerClassTimeoutWithDuration("reminder", Remind.class.getName(),
                        "PT1H")
                .endEvent("done").done());
        ProcessInstance before = engine.getRuntimeService().startProcessInstanceByKey("notice", "2026-00011");
        deploy(Bpmn.createExecutableProcess("notice").startEvent("received")
                .userTask("translate").camundaTaskListenerClassTimeoutWithDuration("reminder", Remind.class.getName(),
                        "PT2H")
                .endEvent("done").done());

        RunningProcessUpgrade.toNewestVersions(engine);
        ProcessInstance after = engine.getRuntimeService().startProcessInstanceByKey("notice", "2026-00012");

        assertThat(versionOf(before)).isEqualTo(2);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(before.getId()).timers().count())
                .as("the moved task keeps its reminder").isEqualTo(1);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(after.getId()).timers().count())
                .as("a task made on the newest version after the move has its reminder").isEqualTo(1);
    }

    /** A reminder that does nothing: the tests look at the timers, not at what they do. */
    public static class Remind implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
        }
    }

    private static void deploy(BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment().addModelInstance("process.bpmn", model).deploy();
    }

    private static int versionOf(ProcessInstance instance) {
        String definition = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getProcessDefinitionId();
        return engine.getRepositoryService().getProcessDefinition(definition).getVersion();
    }
}
