package org.kakehashi.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Time passing for the session tests: a person's login sessions were last used long ago, or began long ago. */
@ApplicationScoped
@Transactional
public class SessionClock {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    public int lastUsedAgo(String username, Duration idle) {
        return em.createQuery("update LoginSession s set s.lastUsedAt = :then where s.person.username = :username")
                .setParameter("then", Instant.now().minus(idle))
                .setParameter("username", username)
                .executeUpdate();
    }

    /** A busy session, used a moment ago, whose lifetime has run out all the same. */
    public int lifetimeOver(String username) {
        return em.createQuery("""
                        update LoginSession s set s.lastUsedAt = :now, s.expiresAt = :now
                        where s.person.username = :username""")
                .setParameter("now", Instant.now())
                .setParameter("username", username)
                .executeUpdate();
    }

    public List<Instant> lastUses(String username) {
        return em.createQuery("select s.lastUsedAt from LoginSession s where s.person.username = :username",
                        Instant.class)
                .setParameter("username", username)
                .getResultList();
    }
}
