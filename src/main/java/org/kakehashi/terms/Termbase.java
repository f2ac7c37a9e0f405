package org.kakehashi.terms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The office's termbase: the coordinators and the administrator search, add, change and retire entries, each
 * change audited; the people who translate and review read it; the desk and the checks read it by language pair.
 */
@ApplicationScoped
@Transactional
public class Termbase {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;

    /**
     * The entries with a term containing the words searched for (all when blank), in a language if given; the
     * retired ones only when asked for.
     */
    public List<TermEntry> search(Caller caller, String words, LanguageTag language, boolean retired, int limit) {
        requireReader(caller);
        String pattern = words == null || words.isBlank() ? "%"
                : "%" + words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        List<UUID> ids = em.createQuery("""
                        select distinct e.id from TermEntry e join e.terms t
                        where lower(t.text) like :pattern escape '\\'
                          and (:language is null or t.language = :language)
                          and (:retired = true or e.retiredAt is null)""", UUID.class)
                .setParameter("pattern", pattern)
                .setParameter("language", language)
                .setParameter("retired", retired)
                .setMaxResults(limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : em.createQuery("""
                        select distinct e from TermEntry e left join fetch e.terms where e.id in :ids""",
                        TermEntry.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .sorted(Comparator.comparing(TermEntry::sortKey))
                .toList();
    }

    public TermEntry entry(Caller caller, UUID id) {
        requireReader(caller);
        return find(id);
    }

    public TermEntry add(Caller caller, Concept concept) {
        requireOffice(caller);
        requireValid(concept);
        TermEntry entry = new TermEntry(null, clock.instant(), caller.username());
        entry.describe(concept, clock.instant(), caller.username());
        em.persist(entry);
        em.flush();
        changes.record(caller.username(), Subject.TERM_ENTRY, entry.id().toString(), null,
                EntryView.Audited.of(entry));
        return entry;
    }

    /** @param version the version the caller changed; another's change since is a conflict, not overwritten */
    public TermEntry change(Caller caller, UUID id, long version, Concept concept) {
        requireOffice(caller);
        requireValid(concept);
        TermEntry entry = find(id);
        if (entry.retired()) {
            throw TermProblem.retired(id);
        }
        if (entry.version() != version) {
            throw TermProblem.changedMeanwhile(id);
        }
        EntryView.Audited before = EntryView.Audited.of(entry);
        entry.describe(concept, clock.instant(), caller.username());
        changes.record(caller.username(), Subject.TERM_ENTRY, id.toString(), before, EntryView.Audited.of(entry));
        return entry;
    }

    public TermEntry retire(Caller caller, UUID id, String reason) {
        requireOffice(caller);
        if (reason == null || reason.isBlank()) {
            throw TermProblem.invalid("reason", "terms.reason-missing");
        }
        if (reason.strip().length() > 500) {
            throw TermProblem.invalid("reason", "terms.too-long", 500);
        }
        TermEntry entry = find(id);
        if (entry.retired()) {
            throw TermProblem.retired(id);
        }
        if (entry.directoryKey().isPresent()) {
            throw TermProblem.invalid(null, "terms.directory-entry", entry.directoryKey().get());
        }
        EntryView.Audited before = EntryView.Audited.of(entry);
        entry.retire(reason.strip(), clock.instant(), caller.username());
        changes.record(caller.username(), Subject.TERM_ENTRY, id.toString(), before, EntryView.Audited.of(entry));
        return entry;
    }

    /** The termbase for a language pair, for many segments at once; nobody's rights are asked. */
    public Glossary glossary(LanguageTag source, LanguageTag target) {
        return new Glossary(source, target, active());
    }

    /** Every entry in use, for exports and the handover pack. */
    public List<TermEntry> active() {
        return em.createQuery("""
                        select distinct e from TermEntry e left join fetch e.terms where e.retiredAt is null""",
                        TermEntry.class)
                .getResultList().stream()
                .sorted(Comparator.comparing(TermEntry::sortKey))
                .toList();
    }

    TermEntry find(UUID id) {
        TermEntry entry = em.find(TermEntry.class, id);
        if (entry == null) {
            throw TermProblem.notFound(id);
        }
        return entry;
    }

    static void requireValid(Concept concept) {
        List<ConceptRules.Violation> violations = ConceptRules.violations(concept);
        if (!violations.isEmpty()) {
            ConceptRules.Violation first = violations.get(0);
            throw TermProblem.invalid(first.field(), first.messageKey(), first.arguments());
        }
    }

    static void requireOffice(Caller caller) {
        if (!caller.isOffice() && !caller.has(Role.ADMIN)) {
            throw TermProblem.officeOnly();
        }
    }

    private static void requireReader(Caller caller) {
        if (!caller.translatesOrReviews() && !caller.has(Role.ADMIN)) {
            throw TermProblem.translatorsOnly();
        }
    }
}
