package org.kakehashi.machine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.language.LanguageTag;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The machine drafts of each job, by segment. */
@ApplicationScoped
@Transactional
public class DraftStore {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Clock clock;

    public Map<String, MachineDraft> of(String request, LanguageTag target) {
        return em.createQuery("select d from MachineDraft d where d.request = :request and d.target = :target",
                        MachineDraft.class)
                .setParameter("request", request)
                .setParameter("target", target)
                .getResultStream()
                .collect(Collectors.toMap(MachineDraft::segment, Function.identity()));
    }

    /** A transaction of its own: the machine was asked outside any, and a draft kept stays kept. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void keep(String request, LanguageTag target, List<String> segments, List<String> texts, String engine) {
        for (int i = 0; i < segments.size(); i++) {
            String text = texts.get(i);
            if (text != null && !text.isBlank() && text.length() <= MachineDraft.TEXT_LENGTH) {
                em.persist(new MachineDraft(request, target, segments.get(i), text, engine, clock.instant()));
            }
        }
    }
}
