package org.kakehashi.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.request.PersonalDataErased;

import java.time.Instant;
import java.util.List;

/**
 * Erases the delivered files whose every link ended (expired or revoked) before the cutoff: once nobody can
 * download them, the office keeps the translation's text in the request and not a second copy as a file. And when
 * a citizen's data goes, their address goes from the links to them, and where they downloaded from.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryFileRetention {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    /** Marks where an erased address was: the link and its downloads stay as facts. */
    static final String ERASED = "(erased)";

    void forgetCitizen(@Observes PersonalDataErased erased) {
        if (erased.email() == null) {
            return;
        }
        em.createQuery("""
                        update LinkDownload d set d.remoteAddress = null, d.by = :erased
                        where d.link.id in (select l.id from DeliveryLink l
                                            where l.requestNumber = :number and l.recipient = :email)""")
                .setParameter("erased", ERASED)
                .setParameter("number", erased.number().value())
                .setParameter("email", erased.email())
                .executeUpdate();
        em.createQuery("""
                        update DeliveryLink l set l.recipient = :erased
                        where l.requestNumber = :number and l.recipient = :email""")
                .setParameter("erased", ERASED)
                .setParameter("number", erased.number().value())
                .setParameter("email", erased.email())
                .executeUpdate();
    }

    /** @return how many files were erased */
    public int eraseEndedBefore(Instant cutoff, Instant now) {
        List<StoredDocument> ended = em.createQuery("""
                        select distinct d from DeliveryLink l join l.document d
                        where d.erasedAt is null
                          and not exists (select o from DeliveryLink o
                                          where o.document = d and coalesce(o.revokedAt, o.expiresAt) >= :cutoff)""",
                        StoredDocument.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
        ended.forEach(document -> document.erase(now));
        return ended.size();
    }
}
