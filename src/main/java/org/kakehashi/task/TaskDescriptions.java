package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.kakehashi.task.SqlRows.instant;
import static org.kakehashi.task.SqlRows.localDate;
import static org.kakehashi.task.SqlRows.rows;

/**
 * Tasks described as the task list shows them, with the request each belongs to, in four statements whatever
 * their number: the tasks with their requests and targets, their candidate groups, the requests' target
 * languages and their intake findings. The request rows are read column by column, not as entities, so that a
 * page never loads requests' texts.
 */
@ApplicationScoped
class TaskDescriptions {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    /** The tasks with these ids, in the order of the ids; an id no longer open is left out. */
    List<OpenTask> describe(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> tasks = rows(em.createNativeQuery("""
                        select t.ID_, t.TASK_DEF_KEY_, t.NAME_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_, v.TEXT_,
                               r.request_number, r.type, r.status, r.source_language, r.wanted_by
                        from ACT_RU_TASK t""" + WorklistQueries.REQUEST + WorklistQueries.TARGET
                        + " where t.ID_ in (:ids)")
                .setParameter("ids", ids))
                .stream().collect(Collectors.toMap(row -> (String) row[0], Function.identity()));
        Map<String, List<String>> groups = grouped(rows(em.createNativeQuery("""
                        select i.TASK_ID_, i.GROUP_ID_ from ACT_RU_IDENTITYLINK i
                        where i.TASK_ID_ in (:ids) and i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null
                        order by i.GROUP_ID_""")
                .setParameter("ids", ids)));
        Set<String> numbers = tasks.values().stream().map(row -> (String) row[7]).collect(Collectors.toSet());
        Map<String, List<String>> targets = grouped(rows(em.createNativeQuery("""
                        select r.request_number, j.target_language
                        from translation_job j join translation_request r on r.id = j.request_id
                        where r.request_number in (:numbers) order by j.position""")
                .setParameter("numbers", numbers)));
        Map<String, List<String>> findings = grouped(rows(em.createNativeQuery("""
                        select r.request_number, f.kind
                        from request_intake_finding f join translation_request r on r.id = f.request_id
                        where r.request_number in (:numbers) order by f.kind""")
                .setParameter("numbers", numbers)));
        return ids.stream().filter(tasks::containsKey).map(tasks::get).map(row -> {
            String taskKey = (String) row[1];
            String number = (String) row[7];
            return new OpenTask((String) row[0], taskKey, (String) row[2], (String) row[3],
                    groups.getOrDefault(row[0], List.of()), instant(row[4]), instant(row[5]), outcomes(taskKey),
                    number, (String) row[8], (String) row[9], (String) row[10],
                    row[6] == null ? targets.getOrDefault(number, List.of()) : List.of((String) row[6]),
                    localDate(row[11]), findings.getOrDefault(number, List.of()));
        }).toList();
    }

    private static List<String> outcomes(String taskKey) {
        return WorkStep.forTask(taskKey)
                .orElseThrow(() -> new IllegalStateException("no work step for task " + taskKey))
                .outcomes();
    }

    /** Two-column rows as lists of the second column by the first, in the rows' order. */
    private static Map<String, List<String>> grouped(List<Object[]> rows) {
        Map<String, List<String>> grouped = new TreeMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent((String) row[0], key -> new ArrayList<>()).add((String) row[1]);
        }
        return grouped;
    }
}
