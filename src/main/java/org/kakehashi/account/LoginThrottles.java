package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.problem.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing per account and source address ({@link GuessingDelay}): a source that gave wrong
 * passwords for a name waits before it may try that name again, while the same name from another address, and
 * other names from this one, are not held up. Each wrong password is counted in a transaction of its own, so that
 * the count survives the failed login's.
 */
@ApplicationScoped
public class LoginThrottles {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** @throws TooManyRequestsException when this source must still wait before trying this name again */
    @Transactional
    public void checkMayTry(String username, String from) {
        LoginThrottle throttle = em.find(LoginThrottle.class, new LoginThrottle.Key(username, from));
        Optional<Duration> wait = throttle == null ? Optional.empty() : throttle.waitAt(clock.instant());
        if (wait.isPresent()) {
            audit.record(SecurityEvent.Kind.RATE_LIMITED, username, null, from,
                    "login not tried: wrong passwords from this address, next try in "
                            + Math.max(1, wait.get().toSeconds()) + " s");
            throw new TooManyRequestsException(wait.get());
        }
    }

    /** @return how many wrong passwords in a row this source gave for the name, this one included */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recordWrong(String username, String from) {
        Instant now = clock.instant();
        LoginThrottle throttle = em.find(LoginThrottle.class, new LoginThrottle.Key(username, from));
        if (throttle == null) {
            throttle = new LoginThrottle(username, from);
            int first = throttle.recordWrong(now);
            em.persist(throttle);
            return first;
        }
        return throttle.recordWrong(now);
    }

    /** The right password: the source's run of wrong ones for the name is over, and old runs are swept away. */
    @Transactional
    public void forget(String username, String from) {
        em.createQuery("""
                        delete from LoginThrottle t
                        where (t.key.username = :username and t.key.remoteAddress = :from) or t.lastWrongAt < :old""")
                .setParameter("username", username)
                .setParameter("from", from)
                .setParameter("old", clock.instant().minus(GuessingDelay.MEMORY))
                .executeUpdate();
    }
}
