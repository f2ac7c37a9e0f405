package org.kakehashi.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.language.LanguageTag;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The findings of each job, as they were raised and overridden. */
@ApplicationScoped
@Transactional
public class FindingLog {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Clock clock;

    /** A job's recorded findings by their key. */
    public Map<String, RecordedFinding> of(String request, LanguageTag target) {
        return em.createQuery("""
                        select f from RecordedFinding f
                        where f.request = :request and f.target = :target order by f.raisedAt, f.segment""",
                        RecordedFinding.class)
                .setParameter("request", request)
                .setParameter("target", target)
                .getResultStream()
                .collect(Collectors.toMap(RecordedFinding::key, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    /**
     * Keeps what this round of checks raised and the overrides given, in a transaction of its own: a hand-over the
     * findings hold back rolls back, and what held it back must stay counted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String request, LanguageTag target, Stage stage, List<Finding> findings,
                       Map<String, String> overrides, String by) {
        Map<String, RecordedFinding> known = of(request, target);
        for (Finding finding : findings) {
            RecordedFinding recorded = known.get(RecordedFinding.keyOf(finding));
            if (recorded == null) {
                recorded = new RecordedFinding(request, target, finding, stage, by, clock.instant());
                em.persist(recorded);
            }
            String reason = overrides.get(finding.key());
            if (reason != null && !recorded.overridden()) {
                recorded.override(reason, by, clock.instant());
            }
        }
    }

    void override(RecordedFinding finding, String reason, String by) {
        em.merge(finding).override(reason, by, clock.instant());
    }
}
