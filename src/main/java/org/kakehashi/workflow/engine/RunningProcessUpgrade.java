package org.kakehashi.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.List;
import java.util.logging.Logger;

/**
 * Requests under way when a new version of their process is deployed move onto it, so that its new paths (a
 * question at interpretation triage) serve them too: every step they wait in keeps its id, and its timers keep
 * their due dates. Those that cannot move — a step they wait in is gone — stay on their version and finish there,
 * as does everything when another node moved them first.
 */
final class RunningProcessUpgrade {

    private static final Logger LOG = Logger.getLogger(RunningProcessUpgrade.class.getName());

    private RunningProcessUpgrade() {
    }

    /** @return how many process instances moved to the newest version of their process */
    static long toNewestVersions(ProcessEngine engine) {
        long moved = moveAll(engine);
        if (moved > 0) {
            // moving a task whose timeout listeners' timers are recalculated takes the listeners' timer declarations
            // off the cached newest definition (camunda-bpm-platform#4637), and the tasks it creates afterwards would
            // have no reminder or escalation: the definitions are parsed afresh on their next use
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache()
                    .discardProcessDefinitionCache();
        }
        return moved;
    }

    private static long moveAll(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        long moved = 0;
        for (ProcessDefinition newest : repository.createProcessDefinitionQuery().latestVersion().list()) {
            for (ProcessDefinition older : repository.createProcessDefinitionQuery()
                    .processDefinitionKey(newest.getKey()).list()) {
                if (older.getVersion() < newest.getVersion()) {
                    moved += move(engine.getRuntimeService(), older, newest);
                }
            }
        }
        return moved;
    }

    private static long move(RuntimeService runtime, ProcessDefinition older, ProcessDefinition newest) {
        List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).list();
        if (running.isEmpty()) {
            return 0;
        }
        MigrationPlan plan = runtime.createMigrationPlan(older.getId(), newest.getId()).mapEqualActivities().build();
        long moved = 0;
        for (ProcessInstance instance : running) {
            try {
                runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
                moved++;
            } catch (ProcessEngineException e) {
                LOG.info(() -> "request " + instance.getBusinessKey() + " stays on " + older.getKey() + " version "
                        + older.getVersion() + ": " + e.getMessage());
            }
        }
        return moved;
    }
}
