package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kakehashi.calendar.FiscalYear;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Requests, by number, with their timeline. */
@ApplicationScoped
public class RequestRepository {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    @Inject
    RequestNumberCounters counters;

    public Optional<Request> find(RequestNumber number) {
        return em.createQuery("select r from Request r left join fetch r.timeline where r.number = :number", Request.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** The requests with these numbers, without their timelines. */
    public List<Request> findAll(Collection<RequestNumber> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Request r where r.number in :numbers", Request.class)
                .setParameter("numbers", numbers)
                .getResultList();
    }

    /** The interpreter's booked events, for the conflict check. */
    public List<Request> scheduledInterpretations(String interpreter) {
        return em.createQuery("select r from Request r where r.interpreter = :interpreter and r.status = :scheduled",
                        Request.class)
                .setParameter("interpreter", interpreter)
                .setParameter("scheduled", RequestStatus.SCHEDULED)
                .getResultList();
    }

    public void add(Request request) {
        em.persist(request);
    }

    /**
     * The next free number of the fiscal year. The counter row stays locked until the transaction ends, so
     * concurrent submissions get consecutive numbers and a rolled-back submission leaves no gap.
     */
    public RequestNumber nextNumber(FiscalYear year) {
        RequestNumberCounter counter = lockCounter(year);
        if (counter == null) {
            try {
                counters.create(year);
            } catch (RuntimeException createdByAnotherSubmission) {
                // the row exists now either way; the lock below queues behind its creator
            }
            counter = lockCounter(year);
        }
        return RequestNumber.of(year, counter.next());
    }

    private RequestNumberCounter lockCounter(FiscalYear year) {
        return em.find(RequestNumberCounter.class, year.startYear(), LockModeType.PESSIMISTIC_WRITE);
    }
}
