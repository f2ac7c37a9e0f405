package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.Causes;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Requests, by number, with their timeline. */
@ApplicationScoped
public class RequestRepository {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    public Optional<Request> find(RequestNumber number) {
        return em.createQuery("""
                        select r from Request r left join fetch r.lifecycle.timeline.entries
                        where r.number = :number""", Request.class)
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
        // Only the conditions that apply to this caller go into the statement, and jobs are looked into with
        // EXISTS rather than joined: with a million past requests the database then walks the submission-time
        // index and stops at the page, where a DISTINCT over joins sorted every row first.
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            conditions.add("r.lifecycle.status = :status");
            parameters.put("status", status);
        }
        if (!caller.isOffice()) {
            conditions.add("(" + String.join(" or ", visibility(caller, parameters)) + ")");
        }
        TypedQuery<Request> query = em.createQuery("select r from Request r"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by r.turnaround.submittedAt desc, r.id", Request.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** What makes a request visible to someone outside the office, as the alternatives of a condition. */
    private static List<String> visibility(Caller caller, Map<String, Object> parameters) {
        List<String> visible = new ArrayList<>(List.of("r.requester.username = :me"));
        List<String> jobs = new ArrayList<>(List.of("j.translator = :me", "j.reviewer = :me"));
        parameters.put("me", caller.username());
        if (caller.has(Role.REQUESTER) && caller.department() != null) {
            visible.add("r.requester.department = :department");
            parameters.put("department", caller.department());
        }
        if (caller.has(Role.PARTNER) && caller.partner() != null) {
            visible.add("(r.lifecycle.status = :delivered and :partner member of r.partnerReceipts.partners)");
            parameters.put("delivered", RequestStatus.DELIVERED);
            parameters.put("partner", caller.partner());
        }
        List<String> groups = caller.groups().isEmpty() ? List.of("") : caller.groups();
        if (caller.has(Role.LINGUIST)) {
            jobs.add("(j.translatorGroup in :groups and j.status in :translating)");
            parameters.put("translating", List.of(JobStatus.IN_TRANSLATION, JobStatus.CHANGES_REQUESTED));
            parameters.put("groups", groups);
        }
        if (caller.has(Role.REVIEWER) || caller.has(Role.EXTERNAL_REVIEWER)) {
            jobs.add("(j.reviewerGroup in :groups and j.status = :inReview)");
            parameters.put("inReview", JobStatus.IN_REVIEW);
            parameters.put("groups", groups);
        }
        visible.add("exists (select j.id from r.translationJobs.jobs j where " + String.join(" or ", jobs) + ")");
        return visible;
    }

    /** The citizen's request behind a status link, by the link's hash. */
    public Optional<Request> findByStatusTokenHash(String hash) {
        return em.createQuery("""
                        select r from Request r left join fetch r.lifecycle.timeline.entries
                        where r.citizen.statusTokenHash = :hash""", Request.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    /**
     * Writes the request's changes now, inside the transaction, so that a unique value already taken by a
     * concurrent one (a citizen form's nonce) fails here, where the caller can say so, rather than at commit.
     *
     * @return false when a row of another transaction holds one of its unique values
     */
    public boolean writeUnique() {
        try {
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (Causes.include(e, RequestRepository::isUniqueViolation)) {
                return false;
            }
            throw e;
        }
    }

    /** SQLSTATE class 23, integrity constraint violation, on every database. */
    private static boolean isUniqueViolation(Throwable failure) {
        return failure instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }

    public boolean formNonceUsed(String nonce) {
        return !em.createQuery("select r.id from Request r where r.citizen.formNonce = :nonce", Object.class)
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
     * The counting receipts of the requests' texts as they were counted at submission, by number, without loading
     * the requests; a request from before receipts has none.
     */
    public Map<RequestNumber, CountingReceipt> receipts(Collection<RequestNumber> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        Map<RequestNumber, CountingReceipt> receipts = new HashMap<>();
        em.createQuery("""
                        select r.number, r.brief.sourceLanguage, r.brief.volume from Request r
                        where r.number in :numbers and r.brief.volume.unit is not null""", Object[].class)
                .setParameter("numbers", numbers)
                .getResultStream()
                .forEach(row -> receipts.put((RequestNumber) row[0],
                        ((TextVolume) row[2]).toReceipt(((LanguageTag) row[1]).value())));
        return receipts;
    }

    /**
     * The translation work the office has in hand, for the earliest date it can promise: the jobs not yet ready
     * (waiting, in translation, in review or back for changes) of translation requests accepted or waiting for
     * triage, each with its pair and its request's volume; not those routed to the contracted linguists, whose work
     * does not wait for the office's translators.
     */
    public List<TranslationQueue.OpenJob> openTranslationJobs() {
        return em.createQuery("""
                        select r.number, r.brief.sourceLanguage, j.targetLanguage, r.brief.volume
                        from Request r join r.translationJobs.jobs j
                        where r.brief.type = :translation and r.lifecycle.status in :open
                          and j.status in :undone
                          and (j.translatorGroup is null or j.translatorGroup = :inHouse)""", Object[].class)
                .setParameter("translation", RequestType.TRANSLATION)
                .setParameter("inHouse", Role.COORDINATOR.groupName())
                .setParameter("open", List.of(RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS))
                .setParameter("undone", List.of(JobStatus.WAITING, JobStatus.IN_TRANSLATION, JobStatus.IN_REVIEW,
                        JobStatus.CHANGES_REQUESTED))
                .getResultStream()
                .map(row -> new TranslationQueue.OpenJob((RequestNumber) row[0],
                        new LanguagePair((LanguageTag) row[1], (LanguageTag) row[2]),
                        row[3] == null ? null : ((TextVolume) row[3]).amount()))
                .toList();
    }

    /**
     * The interpretation requests still going ahead (not cancelled, rejected or lapsed) whose events overlap the
     * time from {@code from} to {@code to}, by start.
     */
    public List<Request> interpretationsBetween(Instant from, Instant to) {
        return em.createQuery("""
                        select r from Request r left join fetch r.translationJobs.jobs
                        where r.brief.type = :interpretation
                          and r.interpretation.event.start < :to and r.interpretation.event.end > :from
                          and r.lifecycle.status not in :dropped
                        order by r.interpretation.event.start, r.number.value""", Request.class)
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
                        select r from Request r left join fetch r.translationJobs.jobs
                        where r.interpretation.interpreter is not null
                          and r.interpretation.event.start < :to and r.interpretation.event.end > :from
                          and r.lifecycle.status in :booked""", Request.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("booked", List.of(RequestStatus.SCHEDULED, RequestStatus.HELD, RequestStatus.REPORTED))
                .getResultList();
    }

    /** A translation request as the office's history tells it: who sent what, when, wanted by when. */
    public record PastTranslation(String number, String department, String document, String text,
                                  Instant submittedAt, LocalDate wantedBy) {
    }

    /**
     * The translation requests submitted since a moment that went ahead (not cancelled, rejected or lapsed),
     * oldest first, their texts cut to their first 200 characters.
     */
    public List<PastTranslation> translationsSince(Instant since) {
        return em.createQuery("""
                        select r.number.value, r.requester.department, d.fileName, substring(r.brief.text, 1, 200),
                            r.turnaround.submittedAt, r.brief.wantedBy
                        from Request r left join r.brief.sourceDocument d
                        where r.brief.type <> :interpretation and r.turnaround.submittedAt >= :since
                          and r.lifecycle.status not in :dropped
                        order by r.turnaround.submittedAt""", Object[].class)
                .setParameter("interpretation", RequestType.INTERPRETATION)
                .setParameter("since", since)
                .setParameter("dropped", List.of(RequestStatus.CANCELLED, RequestStatus.REJECTED,
                        RequestStatus.LAPSED))
                .getResultStream()
                .map(row -> new PastTranslation((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (Instant) row[4], (LocalDate) row[5]))
                .toList();
    }

    /** The requests still open: not delivered, reported on, rejected, lapsed or cancelled; by number. */
    public List<Request> open() {
        return em.createQuery("""
                        select distinct r from Request r left join fetch r.translationJobs.jobs
                        where r.lifecycle.status not in :closed order by r.number.value""", Request.class)
                .setParameter("closed", List.of(RequestStatus.DELIVERED, RequestStatus.REPORTED,
                        RequestStatus.REJECTED, RequestStatus.LAPSED, RequestStatus.CANCELLED))
                .getResultList();
    }

    public void add(Request request) {
        em.persist(request);
    }

    /** Citizens' requests closed before {@code cutoff} (nothing happened to them since) whose data is still kept. */
    public List<Request> citizensClosedBefore(Instant cutoff, int limit) {
        return em.createQuery("""
                        select r from Request r
                        where r.citizen.statusTokenHash is not null and r.citizen.personalDataErasedAt is null
                          and r.lifecycle.status in :closed
                          and not exists (select e from Request s join s.lifecycle.timeline.entries e
                                          where s = r and e.occurredAt >= :cutoff)
                        order by r.turnaround.submittedAt""", Request.class)
                .setParameter("closed", Arrays.stream(RequestStatus.values()).filter(RequestStatus::isClosed).toList())
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }
}
