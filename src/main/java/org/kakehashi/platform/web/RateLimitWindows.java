package org.kakehashi.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.problem.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The rate limit's windows in the database, each use counted in a transaction of its own. */
@ApplicationScoped
public class RateLimitWindows {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Clock clock;

    /** @throws TooManyRequestsException when the bucket's window is used up */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void use(String bucket, int allowed, Duration window) {
        Instant now = clock.instant();
        RateLimitWindow current = em.find(RateLimitWindow.class, bucket, LockModeType.PESSIMISTIC_WRITE);
        if (current == null) {
            current = new RateLimitWindow(bucket, now);
            current.use(now, window);
            em.persist(current);
            return;
        }
        if (current.use(now, window) > allowed) {
            throw new TooManyRequestsException(Duration.between(now, current.endsAt(window)));
        }
    }

    @Transactional
    public int forgetBefore(Instant cutoff) {
        return em.createQuery("delete from RateLimitWindow w where w.start < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
