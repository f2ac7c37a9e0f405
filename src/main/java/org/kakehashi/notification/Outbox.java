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

    /** Mails due now, locked for this transaction: two nodes never send the same mail twice. */
    List<OutboxMail> due(int limit) {
        return SkipLocked.rows(em.createQuery("""
                        select m from OutboxMail m where m.sending.status = :queued and m.sending.nextAttemptAt <= :now
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

    public List<OutboxMail> about(String requestNumber) {
        return em.createQuery("select m from OutboxMail m where m.requestNumber = :number order by m.sending.queuedAt",
                        OutboxMail.class)
                .setParameter("number", requestNumber)
                .getResultList();
    }

    public Optional<OutboxMail> find(UUID id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    public void retry(UUID id) {
        OutboxMail mail = find(id).orElseThrow(() -> NotificationProblem.noSuchMail(id));
        mail.sending().retry(clock.instant());
        queued.fire(new MailQueued());
    }
}
