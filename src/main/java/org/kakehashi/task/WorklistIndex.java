package org.kakehashi.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

/**
 * The worklist's order by due date as an index on Camunda's task table: the database then reads the tasks in the
 * list's order and stops at the page, instead of sorting every task the caller may see. Camunda keeps its own
 * schema; an index of ours beside it survives the engine's schema updates.
 */
@ApplicationScoped
class WorklistIndex {

    @Inject
    WorklistQueries queries;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            queries.createOrderIndex();
        } catch (PersistenceException | TransactionalException createdByAnotherNode) {
            queries.createOrderIndex();
        }
    }
}
