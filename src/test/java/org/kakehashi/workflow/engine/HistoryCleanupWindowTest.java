package org.kakehashi.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCleanupWindowTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private ProcessEngine engine;

    @AfterEach
    void closeEngine() {
        ClockUtil.reset();
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void oneToFiveInTheMorningInTokyoIsFourToEightInTheAfternoonInUtc() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

        new HistoryCleanupWindow(LocalTime.of(1, 0), LocalTime.of(5, 0)).applyTo(configuration, TOKYO, UTC);

        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("16:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("20:00");
    }

    @Test
    void inTheWindowTheEngineRemovesTheHistoryOfAProcessPastItsTimeToLive() {
        Instant finished = Instant.parse("2026-12-01T03:00:00Z");
        ClockUtil.setCurrentTime(Date.from(finished));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("history-cleanup-test");
        configuration.setJdbcUrl("jdbc:h2:mem:history-cleanup-test;DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY);
        configuration.setJobExecutorActivate(false);
        LocalTime now = LocalTime.ofInstant(finished.plus(3, ChronoUnit.DAYS), TOKYO);
        new HistoryCleanupWindow(now.minusHours(1), now.plusHours(1)).applyTo(configuration, TOKYO,
                ZoneId.systemDefault());
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("oneStep.bpmn",
                Bpmn.createExecutableProcess("oneStep").camundaHistoryTimeToLive(1)
                        .startEvent("started").endEvent("ended").done()).deploy();
        engine.getRuntimeService().startProcessInstanceByKey("oneStep");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(finished.plus(3, ChronoUnit.DAYS)));
        engine.getHistoryService().cleanUpHistoryAsync();
        for (Job cleanup : engine.getHistoryService().findHistoryCleanupJobs()) {
            assertThat(cleanup.getDuedate()).as("due now, inside the window").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
            engine.getManagementService().executeJob(cleanup.getId());
        }

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
    }
}
