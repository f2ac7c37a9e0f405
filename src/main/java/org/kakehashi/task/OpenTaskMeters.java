package org.kakehashi.task;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.kakehashi.platform.metrics.Gauges;
import org.kakehashi.platform.metrics.Sampled;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Open and overdue tasks by step ({@code kakehashi_tasks_open{step="reviewTranslation"}}): the steps are the user
 * tasks of the deployed process models, so a step added to a model is counted without a change here.
 */
@ApplicationScoped
public class OpenTaskMeters {

    private record StepCount(long open, long overdue) {
        static final StepCount NONE = new StepCount(0, 0);
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    RepositoryService repository;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    private Gauges gauges;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Sampled<Map<String, StepCount>> counts = new Sampled<>(this::read, Map.of(), clock);
        gauges = new Gauges(registry);
        for (String step : steps()) {
            gauges.add("kakehashi.tasks.open", Tags.of("step", step), counts,
                    c -> c.get().getOrDefault(step, StepCount.NONE).open());
            gauges.add("kakehashi.tasks.overdue", Tags.of("step", step), counts,
                    c -> c.get().getOrDefault(step, StepCount.NONE).overdue());
        }
    }

    @PreDestroy
    void remove() {
        if (gauges != null) {
            gauges.removeAll();
        }
    }

    private Set<String> steps() {
        Set<String> steps = new TreeSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                    .forEach(task -> steps.add(task.getId()));
        }
        return steps;
    }

    private Map<String, StepCount> read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select t.TASK_DEF_KEY_, count(*), sum(case when t.DUE_DATE_ < :now then 1 else 0 end)
                        from ACT_RU_TASK t group by t.TASK_DEF_KEY_""")
                .setParameter("now", Timestamp.from(clock.instant()))
                .getResultList();
        Map<String, StepCount> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], new StepCount(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }
}
