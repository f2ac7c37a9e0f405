package org.kakehashi.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * Camunda's job executor on the server's managed threads. Jobs run as tasks of the managed executor, which a
 * suspending server lets finish and then refuses (refused jobs go back to the acquisition). The acquisition loop,
 * which never ends by itself, runs on a thread of the managed thread factory: as a task of the executor it would
 * hold every graceful suspension and shutdown for its whole timeout.
 */
class ServerJobExecutor extends JobExecutor {

    private static final long STOP_WAIT_MILLIS = 10_000;

    private final ManagedExecutorService jobs;
    private final ManagedThreadFactory threads;

    ServerJobExecutor(ManagedExecutorService jobs, ManagedThreadFactory threads) {
        this.jobs = jobs;
        this.threads = threads;
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl engine) {
        try {
            jobs.execute(getExecuteJobsRunnable(jobIds, engine));
        } catch (RejectedExecutionException suspended) {
            logRejectedExecution(engine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, engine, this);
        }
    }

    @Override
    protected void startExecutingJobs() {
        jobAcquisitionThread = threads.newThread(acquireJobsRunnable);
        jobAcquisitionThread.start();
    }

    /** The acquisition was told to stop before this is called; it ends at its next wake-up. */
    @Override
    protected void stopExecutingJobs() {
        try {
            jobAcquisitionThread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jobAcquisitionThread = null;
    }
}
