package org.kakehashi.terms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;
import org.kakehashi.platform.identity.Caller;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A termbase file (TBX, or the office's CSV) into the termbase: first a preview of what each entry would do, then
 * all of it in one transaction or, when an entry cannot be kept, none. An entry that names one of this termbase's
 * by id changes it; one as the termbase has it already is left alone, so importing an export changes nothing.
 */
@ApplicationScoped
@Transactional
public class TermbaseImports {

    /** What an entry of the file does. */
    public enum Action { ADD, CHANGE, UNCHANGED }

    /** One entry of the file, numbered from 1, with what it does and its first term. */
    public record Planned(int entry, Action action, String term, Concept concept, TermEntry existing) {
    }

    /** What the import did. */
    public record Imported(int added, int changed, int unchanged) {
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Inject
    Clock clock;

    public List<Planned> preview(Caller caller, List<Concept> concepts) {
        Termbase.requireOffice(caller);
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            Concept concept = concepts.get(i);
            List<ConceptRules.Violation> violations = ConceptRules.violations(concept);
            if (!violations.isEmpty()) {
                ConceptRules.Violation first = violations.get(0);
                throw TermProblem.invalid("entries[" + (i + 1) + "]." + first.field(), first.messageKey(),
                        first.arguments());
            }
            Optional<TermEntry> existing = existing(concept.id());
            Action action = existing.isEmpty() ? Action.ADD
                    : same(existing.get().concept(), concept) ? Action.UNCHANGED : Action.CHANGE;
            planned.add(new Planned(i + 1, action, concept.terms().get(0).text(), concept, existing.orElse(null)));
        }
        return planned;
    }

    public Imported importAll(Caller caller, List<Concept> concepts, String fileName) {
        List<Planned> planned = preview(caller, concepts);
        int added = 0;
        int changed = 0;
        for (Planned entry : planned) {
            switch (entry.action()) {
                case ADD -> {
                    TermEntry created = new TermEntry(null, clock.instant(), caller.username());
                    created.describe(entry.concept(), clock.instant(), caller.username());
                    em.persist(created);
                    added++;
                }
                case CHANGE -> {
                    entry.existing().describe(entry.concept(), clock.instant(), caller.username());
                    changed++;
                }
                case UNCHANGED -> {
                }
            }
        }
        Imported imported = new Imported(added, changed, planned.size() - added - changed);
        changes.record(caller.username(), Subject.TERMBASE_IMPORT, fileName == null ? "termbase" : fileName, null,
                imported);
        return imported;
    }

    private Optional<TermEntry> existing(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(em.find(TermEntry.class, UUID.fromString(id))).filter(e -> !e.retired());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The same concept, whatever the order of its terms; a proper noun is a noun, as TBX-Basic for TBX v3 writes
     * it.
     */
    static boolean same(Concept kept, Concept file) {
        return Objects.equals(kept.subjectField(), file.subjectField())
                && Objects.equals(kept.definition(), file.definition())
                && Objects.equals(kept.note(), file.note())
                && Objects.equals(kept.source(), file.source())
                && terms(kept).equals(terms(file));
    }

    private static Set<TermForm> terms(Concept concept) {
        Set<TermForm> terms = new HashSet<>();
        concept.terms().forEach(t -> terms.add(new TermForm(t.language(), t.text(),
                "properNoun".equals(t.partOfSpeech()) ? "noun" : t.partOfSpeech(), t.status())));
        return terms;
    }
}
