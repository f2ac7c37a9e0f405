package org.kakehashi.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.outbox.Sending;
import org.kakehashi.platform.outbox.SkipLocked;
import org.kakehashi.request.PersonalDataErased;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox: mails join it in their step's transaction, and leave it when the dispatcher has sent them. */
@ApplicationScoped
@Transactional
public class Outbox {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Event<MailQueued> queued;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(MailMessage message) {
        em.persist(new OutboxMail(message, clock.instant()));
        queued.fire(new MailQueued());
    }

    /**
     * A mail that goes out no earlier than {@code notBefore} — a partner's next office hour, in its zone — or at
     * once when that is not later than now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(MailMessage message, ZonedDateTime notBefore) {
        em.persist(new OutboxMail(message, clock.instant(), notBefore));
        queued.fire(new MailQueued());
    }

    /** A citizen's data was erased: so are the mails to them about that request, with their address and text. */
    void forgetMailsTo(@Observes PersonalDataErased erased) {
        if (erased.email() != null) {
            em.createQuery("delete from OutboxMail m where m.requestNumber = :number and m.recipient = :email")
                    .setParameter("number", erased.number().value())
                    .setParameter("email", erased.email())
                    .executeUpdate();
        }
    }

    /** Retention: the mails the SMTP server took before the cut-off go; those given up on stay for the office. */
    public int forgetSentBefore(Instant cutoff) {
        return em.createQuery("""
                        delete from OutboxMail m
                        where m.sending.status = :sent and m.sending.sentAt < :cutoff""")
                .setParameter("sent", Sending.Status.SENT)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /**
     * Mails due now and held no longer, locked for this transaction: two nodes never send the same mail twice. A
     * held mail's first attempt is its not-before, so the index on (status, next attempt) passes it over until then.
     */
    List<OutboxMail> due(int limit) {
        return SkipLocked.rows(em.createQuery("""
                        select m from OutboxMail m where m.sending.status = :queued and m.sending.nextAttemptAt <= :now
                        and (m.notBefore is null or m.notBefore <= :now)
                        order by m.sending.nextAttemptAt""", OutboxMail.class))
                .setParameter("queued", Sending.Status.QUEUED)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    public List<OutboxMail> withStatus(Sending.Status status, int limit) {
        return em.createQuery("""
                        select m from OutboxMail m where m.sending.status = :status
                        order by m.sending.queuedAt desc""", OutboxMail.class)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The mails waiting for a partner's office hours, the soonest first. */
    public List<OutboxMail> held(int limit) {
        return em.createQuery("""
                        select m from OutboxMail m where m.sending.status = :queued and m.notBefore > :now
                        order by m.notBefore""", OutboxMail.class)
                .setParameter("queued", Sending.Status.QUEUED)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    public List<OutboxMail> about(String requestNumber) {
        return em.createQuery("select m from OutboxMail m where m.requestNumber = :number order by m.sending.queuedAt",
                        OutboxMail.class)
                .setParameter("number", requestNumber)
                .getResultList();
    }

    public Optional<OutboxMail> find(UUID id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /** Sends a mail again that was given up on, or one waiting — held for a partner's office hours too — now. */
    public void retry(UUID id) {
        OutboxMail mail = find(id).orElseThrow(() -> NotificationProblem.noSuchMail(id));
        mail.sendNow(clock.instant());
        queued.fire(new MailQueued());
    }
}
