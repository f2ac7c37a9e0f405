package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kakehashi.workflow.TranslationProcess;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.kakehashi.task.SqlRows.number;
import static org.kakehashi.task.SqlRows.rows;
import static org.kakehashi.task.SqlRows.timestamp;

/**
 * A worklist filtered, sorted, paged and counted by the database, in statements over Camunda 7's runtime tables
 * (tasks, their identity links, executions and variables, without a table prefix) joined to Kakehashi's requests
 * and jobs. Camunda's task query cannot join our tables, and its native task query answers tasks, not counts.
 * Each statement joins only what its filter and order need, so the common list — the worklist by due date —
 * never touches the requests until its page is described.
 */
@ApplicationScoped
class WorklistQueries {

    /** The request behind each task, through its process instance's business key. */
    static final String REQUEST = " join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_"
            + " join translation_request r on r.request_number = p.BUSINESS_KEY_";

    /** A job's task has its target language on its own execution (an input mapping of the model). */
    static final String TARGET = " left join ACT_RU_VARIABLE v on v.EXECUTION_ID_ = t.EXECUTION_ID_ and v.NAME_ = '"
            + TranslationProcess.TARGET + "'";

    private static final String CANDIDATE = "exists (select 1 from ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_"
            + " and i.TYPE_ = 'candidate' and i.GROUP_ID_ in (:groups))";

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    /** The ids of one page of the tasks that match, in the order asked for. */
    List<String> page(WorklistScope scope, TaskFilter filter, TaskOrder order, Instant now, int offset, int size) {
        boolean request = order == TaskOrder.WANTED_BY || filter.needsRequest() || filter.request() != null;
        SqlRows.Where where = narrowed(scope, filter, now);
        return where.bind(em.createNativeQuery("select t.ID_ from ACT_RU_TASK t"
                        + (request ? REQUEST : "") + (filter.language() != null ? TARGET : "")
                        + where.sql() + orderBy(order)))
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList().stream().map(String.class::cast).toList();
    }

    /** How many tasks match, on all pages. */
    long count(WorklistScope scope, TaskFilter filter, Instant now) {
        boolean request = filter.needsRequest() || filter.request() != null;
        SqlRows.Where where = narrowed(scope, filter, now);
        return number(where.bind(em.createNativeQuery("select count(*) from ACT_RU_TASK t"
                        + (request ? REQUEST : "") + (filter.language() != null ? TARGET : "") + where.sql()))
                .getSingleResult());
    }

    /** The whole worklist counted in one pass: per step, and by urgency across the steps. */
    TaskCounts counts(WorklistScope scope, Instant now) {
        SqlRows.Where where = visible(scope).with("now", timestamp(now),
                "soon", timestamp(now.plus(Urgency.SOON_WITHIN)), "me", scope.user());
        Map<String, Long> steps = new LinkedHashMap<>();
        long overdue = 0;
        long soon = 0;
        long unclaimed = 0;
        long mine = 0;
        List<Object[]> perStep = rows(where.bind(em.createNativeQuery("""
                select t.TASK_DEF_KEY_, count(*),
                       sum(case when t.DUE_DATE_ < :now then 1 else 0 end),
                       sum(case when t.DUE_DATE_ >= :now and t.DUE_DATE_ < :soon then 1 else 0 end),
                       sum(case when t.ASSIGNEE_ is null then 1 else 0 end),
                       sum(case when t.ASSIGNEE_ = :me then 1 else 0 end)
                from ACT_RU_TASK t""" + where.sql() + " group by t.TASK_DEF_KEY_")));
        perStep.sort(Comparator.comparing(row -> stepOrder((String) row[0])));
        for (Object[] row : perStep) {
            steps.put((String) row[0], number(row[1]));
            overdue += number(row[2]);
            soon += number(row[3]);
            unclaimed += number(row[4]);
            mine += number(row[5]);
        }
        return new TaskCounts(steps, overdue, soon, unclaimed, mine);
    }


    boolean holds(WorklistScope scope, String taskId) {
        SqlRows.Where where = visible(scope).and("t.ID_ = :id", "id", taskId);
        return number(where.bind(em.createNativeQuery("select count(*) from ACT_RU_TASK t" + where.sql()))
                .getSingleResult()) > 0;
    }

    /** Active tasks the caller's worklist holds (as {@link WorklistScope} says). */
    private static SqlRows.Where visible(WorklistScope scope) {
        SqlRows.Where where = new SqlRows.Where().and("t.SUSPENSION_STATE_ = 1");
        if (scope.wholeGroup()) {
            return where.and(CANDIDATE, "groups", scope.groups());
        }
        if (scope.groups().isEmpty()) {
            return where.and("t.ASSIGNEE_ = :me", "me", scope.user());
        }
        return where.and("(t.ASSIGNEE_ = :me or (t.ASSIGNEE_ is null and " + CANDIDATE + "))",
                "me", scope.user(), "groups", scope.groups());
    }

    private static SqlRows.Where narrowed(WorklistScope scope, TaskFilter filter, Instant now) {
        SqlRows.Where where = visible(scope);
        if (filter.step() != null) {
            where.and("t.TASK_DEF_KEY_ = :step", "step", filter.step());
        }
        if (filter.request() != null) {
            where.and("p.BUSINESS_KEY_ = :request", "request", filter.request().value());
        }
        if (filter.type() != null) {
            where.and("r.type = :type", "type", filter.type().name());
        }
        if (filter.language() != null) {
            where.and("(v.TEXT_ = :language or (v.ID_ is null and exists (select 1 from translation_job j"
                    + " where j.request_id = r.id and j.target_language = :language)))",
                    "language", filter.language().value());
        }
        if (filter.urgency() != null) {
            switch (filter.urgency()) {
                case OVERDUE -> where.and("t.DUE_DATE_ < :now", "now", timestamp(now));
                case SOON -> where.and("t.DUE_DATE_ >= :now and t.DUE_DATE_ < :soon", "now", timestamp(now),
                        "soon", timestamp(now.plus(Urgency.SOON_WITHIN)));
                case MINE -> where.and("t.ASSIGNEE_ = :me", "me", scope.user());
                case UNCLAIMED -> where.and("t.ASSIGNEE_ is null");
            }
        }
        return where;
    }

    private static String orderBy(TaskOrder order) {
        return switch (order) {
            case DUE -> " order by t.DUE_DATE_ nulls last, t.CREATE_TIME_, t.ID_";
            case WANTED_BY -> " order by r.wanted_by, t.DUE_DATE_ nulls last, t.CREATE_TIME_, t.ID_";
            case AGE -> " order by t.CREATE_TIME_, t.ID_";
        };
    }

    /** Steps in the order the processes reach them. */
    private static int stepOrder(String taskKey) {
        return WorkStep.forTask(taskKey).map(Enum::ordinal).orElse(WorkStep.values().length);
    }
}
