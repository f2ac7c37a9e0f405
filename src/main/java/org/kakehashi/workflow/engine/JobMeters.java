package org.kakehashi.workflow.engine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.kakehashi.platform.metrics.Gauges;
import org.kakehashi.platform.metrics.Sampled;

import java.time.Clock;

/**
 * The job executor's backlog — timers and asynchronous steps due and not yet run — and the jobs that failed every
 * retry, which wait for an administrator on the failed-work page.
 */
@ApplicationScoped
public class JobMeters {

    private record JobCounts(long due, long failed) {
    }

    @Inject
    ManagementService management;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    private Gauges gauges;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Sampled<JobCounts> counts = new Sampled<>(this::read, new JobCounts(0, 0), clock);
        gauges = new Gauges(registry);
        gauges.add("kakehashi.jobs.due", Tags.empty(), counts, c -> c.get().due());
        gauges.add("kakehashi.jobs.failed", Tags.empty(), counts, c -> c.get().failed());
    }

    @PreDestroy
    void remove() {
        if (gauges != null) {
            gauges.removeAll();
        }
    }

    private JobCounts read() {
        return new JobCounts(management.createJobQuery().executable().count(),
                management.createJobQuery().noRetriesLeft().count());
    }
}
