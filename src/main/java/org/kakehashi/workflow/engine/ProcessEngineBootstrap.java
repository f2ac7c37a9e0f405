package org.kakehashi.workflow.engine;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import jakarta.transaction.TransactionManager;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.workflow.CityCalendars;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Runs the Camunda engine inside the application, on the server's datasource and JTA transactions, so that a
 * process step and Kakehashi's own records commit or roll back together. The engine registers as "default",
 * which is the engine camunda-engine-cdi injects. Every BPMN and DMN file of {@code bpmn/} is deployed at start
 * (unchanged files are not redeployed); the engine closes when the application stops.
 */
@ApplicationScoped
public class ProcessEngineBootstrap {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());
    static final String MODELS = "/WEB-INF/classes/bpmn/";

    @Resource(lookup = "java:jboss/datasources/KakehashiDS")
    DataSource dataSource;
    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;
    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;
    @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
    ManagedThreadFactory threads;
    @Inject
    Clock clock;
    @Inject
    StartSettings settings;
    @Inject
    CityClosedDays closedDays;

    private ProcessEngine engine;

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
               ServletContext context) {
        CdiJtaProcessEngineConfiguration configuration = new CdiJtaProcessEngineConfiguration();
        configuration.setProcessEngineName(ProcessEngines.NAME_DEFAULT);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        // the schema migration made the engine's tables (platform/schema); the engine checks that they are there
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        // the database id generator serialises on one row and deadlocks under concurrent starts
        configuration.setIdGenerator(new StrongUuidGenerator());
        // Kakehashi keeps its own timeline; activity history is enough to investigate a process
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY);
        configuration.setBusinessCalendarManager(CityCalendars.forEngine(closedDays::calendar, clock.getZone()));
        configuration.setJobExecutor(new ServerJobExecutor(executor, threads));
        configuration.setJobExecutorActivate(true);
        configuration.setMetricsEnabled(false);
        new HistoryCleanupWindow(settings.historyCleanupWindow()).applyTo(configuration, clock.getZone(),
                ZoneId.systemDefault());
        engine = configuration.buildProcessEngine();
        deployModels(context);
        deployLocalModels();
        long upgraded = RunningProcessUpgrade.toNewestVersions(engine);
        if (upgraded > 0) {
            LOG.info(() -> upgraded + " running processes moved to the newest version of their model");
        }
        LOG.info(() -> "process engine started; definitions: "
                + engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count());
    }

    private void deployModels(ServletContext context) {
        Set<String> paths = new TreeSet<>(context.getResourcePaths(MODELS));
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("kakehashi")
                .enableDuplicateFiltering(true);
        for (String path : paths) {
            if (path.endsWith(".bpmn") || path.endsWith(".dmn")) {
                try (InputStream model = context.getResourceAsStream(path)) {
                    deployment.addInputStream("bpmn/" + path.substring(MODELS.length()), model);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path, e);
                }
            }
        }
        deployment.deploy();
    }

    private void deployLocalModels() {
        settings.modelsDirectory().ifPresent(directory -> LOG.info(() -> "local models deployed from " + directory
                + ": " + LocalModels.deploy(engine.getRepositoryService(), directory)));
    }

    /** Whether the engine is built and its job executor takes jobs: timers and asynchronous steps run. */
    public boolean running() {
        ProcessEngine started = engine;
        return started != null && ((ProcessEngineConfigurationImpl) started.getProcessEngineConfiguration())
                .getJobExecutor().isActive();
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
