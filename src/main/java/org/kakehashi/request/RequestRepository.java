package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

import java.time.Instant;
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

    /**
     * One page of the requests the caller may see ({@link RequestAccess}), newest first.
     *
     * @param status only requests in this status, or null for all
     */
    public List<Request> visibleTo(Caller caller, RequestStatus status, int page, int size) {
        List<String> groups = caller.groups().isEmpty() ? List.of("") : caller.groups();
        return em.createQuery("""
                        select distinct r from Request r left join r.jobs j left join r.partners p
                        where (:status is null or r.status = :status)
                          and (:everything = true
                            or r.requester = :me
                            or (:requester = true and r.department = :department)
                            or (:partner = true and p = :partnerCode and r.status = :delivered)
                            or j.translator = :me or j.reviewer = :me
                            or (:linguist = true and j.translatorGroup in :groups and j.status in :translating)
                            or (:reviewer = true and j.reviewerGroup in :groups and j.status = :inReview))
                        order by r.submittedAt desc, r.id""", Request.class)
                .setParameter("status", status)
                .setParameter("everything", caller.isOffice())
                .setParameter("me", caller.username())
                .setParameter("requester", caller.has(Role.REQUESTER) && caller.department() != null)
                .setParameter("department", caller.department())
                .setParameter("partner", caller.has(Role.PARTNER) && caller.partner() != null)
                .setParameter("partnerCode", caller.partner())
                .setParameter("delivered", RequestStatus.DELIVERED)
                .setParameter("linguist", caller.has(Role.LINGUIST))
                .setParameter("reviewer", caller.has(Role.REVIEWER) || caller.has(Role.EXTERNAL_REVIEWER))
                .setParameter("groups", groups)
                .setParameter("translating", List.of(JobStatus.IN_TRANSLATION, JobStatus.CHANGES_REQUESTED))
                .setParameter("inReview", JobStatus.IN_REVIEW)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    /** The citizen's request behind a status link, by the link's hash. */
    public Optional<Request> findByStatusTokenHash(String hash) {
        return em.createQuery("select r from Request r left join fetch r.timeline where r.statusTokenHash = :hash",
                        Request.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    public boolean formNonceUsed(String nonce) {
        return !em.createQuery("select r.id from Request r where r.formNonce = :nonce", Object.class)
                .setParameter("nonce", nonce)
                .setMaxResults(1)
                .getResultList().isEmpty();
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

    /**
     * The interpretation requests still going ahead (not cancelled, rejected or lapsed) whose events overlap the
     * time from {@code from} to {@code to}, by start.
     */
    public List<Request> interpretationsBetween(Instant from, Instant to) {
        return em.createQuery("""
                        select r from Request r left join fetch r.jobs
                        where r.type = :interpretation and r.event.start < :to and r.event.end > :from
                          and r.status not in :dropped
                        order by r.event.start, r.number.value""", Request.class)
                .setParameter("interpretation", RequestType.INTERPRETATION)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("dropped", List.of(RequestStatus.CANCELLED, RequestStatus.REJECTED,
                        RequestStatus.LAPSED))
                .getResultList();
    }

    /** The booked interpretations (an interpreter named, not withdrawn) whose events overlap the time. */
    public List<Request> bookingsBetween(Instant from, Instant to) {
        return em.createQuery("""
                        select r from Request r left join fetch r.jobs
                        where r.interpreter is not null and r.event.start < :to and r.event.end > :from
                          and r.status in :booked""", Request.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("booked", List.of(RequestStatus.SCHEDULED, RequestStatus.HELD, RequestStatus.REPORTED))
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
