package org.kakehashi.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.SharedJsonb;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The record of every change to the office's set-up, written in the transaction of the change itself: a change
 * that rolls back leaves no record, and no change is kept without one.
 */
@ApplicationScoped
@Transactional
public class ChangeLog {

    private static final Logger LOG = Logger.getLogger("org.kakehashi.audit");

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Clock clock;

    /**
     * @param before the thing as the administration API showed it before, or null when it was created
     * @param after  as it shows it now, or null when it was removed
     */
    public void record(String actor, AdministrativeChange.Subject kind, String subject, Object before, Object after) {
        String was = json(before);
        String is = json(after);
        if (Objects.equals(was, is)) {
            return;
        }
        em.persist(new AdministrativeChange(clock.instant(), actor, kind, subject, was, is));
        LOG.info(() -> String.format("CHANGED %s %s actor=%s before=%s after=%s", kind, subject, actor, was, is));
    }

    public List<AdministrativeChange> latest(int limit) {
        return em.createQuery("select c from AdministrativeChange c order by c.occurredAt desc",
                        AdministrativeChange.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        String json = SharedJsonb.instance().toJson(state);
        if (json.length() > AdministrativeChange.STATE_LENGTH) {
            throw new IllegalArgumentException("a state of " + json.length() + " characters is too long to audit");
        }
        return json;
    }
}
