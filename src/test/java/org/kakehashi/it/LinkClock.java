package org.kakehashi.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Time passing for the delivery tests: a recipient's links reach their expiry now rather than in 14 days. */
@ApplicationScoped
@Transactional
public class LinkClock {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    public int expireLinksOf(String recipient) {
        return em.createQuery("update DeliveryLink l set l.expiresAt = :past where l.recipient = :recipient")
                .setParameter("past", Instant.now().minusSeconds(1))
                .setParameter("recipient", recipient)
                .executeUpdate();
    }
}
