package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.FiscalYear;

/**
 * Creates a fiscal year's counter row in a transaction of its own, so that the first submissions of a new
 * 年度 racing each other create it once and then queue on its lock instead of failing.
 */
@ApplicationScoped
public class RequestNumberCounters {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(FiscalYear year) {
        if (em.find(RequestNumberCounter.class, year.startYear()) == null) {
            em.persist(new RequestNumberCounter(year.startYear()));
        }
    }
}
