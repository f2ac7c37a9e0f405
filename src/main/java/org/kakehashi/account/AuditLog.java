package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The audit log of security events, in the database for the administrator and in the server log for the
 * operators. Each event is written in a transaction of its own, so a refusal is recorded even though the work it
 * refused rolls back.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("org.kakehashi.audit");

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEvent.Kind kind, String subject, String actor, String remoteAddress, String detail) {
        em.persist(new SecurityEvent(clock.instant(), kind, subject, actor, remoteAddress, detail));
        LOG.info(() -> String.format("%s subject=%s actor=%s from=%s %s", kind, subject, actor, remoteAddress,
                detail == null ? "" : detail));
    }

    @Transactional
    public List<SecurityEvent> latest(int limit) {
        return em.createQuery("select e from SecurityEvent e order by e.occurredAt desc", SecurityEvent.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
