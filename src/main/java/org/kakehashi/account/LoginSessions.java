package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.web.CsrfToken;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions kept in the database, so that every node knows every session: a node that dies takes nobody's
 * login with it, and a load balancer may send each request anywhere.
 */
@ApplicationScoped
@Transactional
public class LoginSessions {

    /** A session just opened: its key, which from now on only the browser holds, and its anti-forgery token. */
    record OpenedSession(SessionKey key, String csrfToken) {
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Clock clock;

    /**
     * A new session for the person, in place of the one the browser came with: a session planted in the browser
     * before the login is worth nothing after it. Sessions that have ended are swept away on the way.
     */
    OpenedSession open(String username, Optional<SessionKey> replaced) {
        Instant now = clock.instant();
        replaced.ifPresent(this::end);
        em.createQuery("delete from LoginSession s where s.expiresAt <= :now or s.lastUsedAt <= :idleCutoff")
                .setParameter("now", now)
                .setParameter("idleCutoff", LoginSession.idleCutoff(now))
                .executeUpdate();
        SessionKey key = SessionKey.next();
        String csrfToken = CsrfToken.next();
        em.persist(new LoginSession(key, em.getReference(Person.class, username), csrfToken, now));
        return new OpenedSession(key, csrfToken);
    }

    /**
     * The session behind the key, with this use recorded; empty when there is none, it has ended, or its person's
     * account has been closed.
     */
    Optional<LoginSession> resume(SessionKey key) {
        Instant now = clock.instant();
        LoginSession session = em.find(LoginSession.class, key.hash());
        if (session == null || !session.isOpenAt(now) || !session.person().isActive()) {
            return Optional.empty();
        }
        // a use is written by a statement of its own rather than by the entity's change: a logout on another node
        // may delete the row meanwhile, which must not turn this request into an error
        em.detach(session);
        if (session.recordUseAt(now)) {
            em.createQuery("update LoginSession s set s.lastUsedAt = :lastUsedAt where s.keyHash = :keyHash")
                    .setParameter("lastUsedAt", session.lastUsedAt())
                    .setParameter("keyHash", session.keyHash())
                    .executeUpdate();
        }
        return Optional.of(session);
    }

    /** Ends the session on every node at once: a copy of its cookie opens nothing from now on. */
    void end(SessionKey key) {
        em.createQuery("delete from LoginSession s where s.keyHash = :keyHash")
                .setParameter("keyHash", key.hash())
                .executeUpdate();
    }

    /** Ends every session of the person, on every node: their password was set anew, or their account closed. */
    void endAllOf(String username) {
        em.createQuery("delete from LoginSession s where s.person.username = :username")
                .setParameter("username", username)
                .executeUpdate();
    }
}
