package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;

import static org.kakehashi.task.SqlRows.instant;
import static org.kakehashi.task.SqlRows.rows;

/**
 * The open tasks people hold, with the request and job each belongs to, in one statement over the engine's tables
 * whatever their number: the team view's rows.
 */
@ApplicationScoped
@Transactional
public class HeldTasks {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    /** The active tasks these people hold, soonest due first. */
    public List<HeldTask> heldBy(Collection<String> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return rows(em.createNativeQuery("""
                        select t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, r.request_number, v.TEXT_, t.DUE_DATE_
                        from ACT_RU_TASK t""" + WorklistQueries.REQUEST + WorklistQueries.TARGET
                        + " where t.ASSIGNEE_ in (:people) and t.SUSPENSION_STATE_ = 1"
                        + " order by t.DUE_DATE_ nulls last, t.CREATE_TIME_, t.ID_")
                .setParameter("people", people))
                .stream()
                .map(row -> new HeldTask((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], instant(row[5])))
                .toList();
    }
}
