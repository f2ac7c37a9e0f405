package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.FiscalYear;

/**
 * The request-number sequence and the fiscal years' bases in it, each base made in a transaction of its own so
 * that every node sees it once made.
 */
@ApplicationScoped
public class RequestNumberYears {

    static final String SEQUENCE = "request_number_sequence";

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;


    /**
     * The year's base, recorded at its first request: the year's numbers go on after the highest one already
     * given in it (none, unless the database was numbered before), whatever the sequence stands at.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long baseOf(FiscalYear year) {
        RequestNumberYear known = em.find(RequestNumberYear.class, year.startYear());
        if (known != null) {
            return known.sequenceBase();
        }
        RequestNumberYear made = new RequestNumberYear(year.startYear(), nextValue() - highestGiven(year));
        em.persist(made);
        em.flush();
        return made.sequenceBase();
    }

    /** The sequence's next value, in the caller's transaction. */
    public long nextValue() {
        return ((Number) em.createNativeQuery("select nextval('" + SEQUENCE + "')").getSingleResult()).longValue();
    }

    private long highestGiven(FiscalYear year) {
        return em.createQuery("""
                        select r.number.value from Request r where r.number.value like :year
                        order by length(r.number.value) desc, r.number.value desc""", String.class)
                .setParameter("year", year.startYear() + "-%")
                .setMaxResults(1)
                .getResultStream()
                .map(number -> Long.parseLong(number.substring(number.indexOf('-') + 1)))
                .findFirst()
                .orElse(0L);
    }
}
