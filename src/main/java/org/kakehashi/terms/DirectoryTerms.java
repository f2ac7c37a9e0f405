package org.kakehashi.terms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Department;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.DirectoryNamesChanged;
import org.kakehashi.directory.Partner;
import org.kakehashi.language.LanguageTag;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the termbase's entries of departments and partners in step with the directory, in the transaction of the
 * directory's change: their names there are the preferred terms here.
 */
@ApplicationScoped
@Transactional
public class DirectoryTerms {

    static final String BY = "directory";
    private static final String PROPER_NOUN = "properNoun";

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Directory directory;
    @Inject
    Clock clock;

    void onRenamed(@Observes DirectoryNamesChanged changed) {
        synchronise(changed);
    }

    /** Makes or renames the entry of one department or partner, if the directory has it. */
    public void synchronise(DirectoryNamesChanged thing) {
        Optional<List<TermForm>> names = switch (thing.kind()) {
            case DEPARTMENT -> directory.department(thing.code()).map(DirectoryTerms::names);
            case PARTNER -> directory.partner(thing.code()).map(DirectoryTerms::names);
        };
        names.ifPresent(forms -> entryOf(thing).nameFromDirectory(forms, clock.instant(), BY));
    }

    /** Every department and partner, as the directory knows them now. */
    public List<DirectoryNamesChanged> everything() {
        List<DirectoryNamesChanged> all = new ArrayList<>();
        directory.departments().forEach(d -> all.add(
                new DirectoryNamesChanged(DirectoryNamesChanged.Kind.DEPARTMENT, d.code())));
        directory.partners().forEach(p -> all.add(
                new DirectoryNamesChanged(DirectoryNamesChanged.Kind.PARTNER, p.code())));
        return all;
    }

    private TermEntry entryOf(DirectoryNamesChanged thing) {
        String key = key(thing);
        return em.createQuery("select e from TermEntry e where e.directoryKey = :key", TermEntry.class)
                .setParameter("key", key)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    TermEntry entry = new TermEntry(key, clock.instant(), BY);
                    entry.describe(new Concept(null, subject(thing), null, null, "directory", List.of()),
                            clock.instant(), BY);
                    em.persist(entry);
                    return entry;
                });
    }

    static String key(DirectoryNamesChanged thing) {
        return thing.kind().name().toLowerCase(Locale.ROOT) + ":" + thing.code();
    }

    private static String subject(DirectoryNamesChanged thing) {
        return thing.kind() == DirectoryNamesChanged.Kind.DEPARTMENT ? "city department" : "sister city";
    }

    private static List<TermForm> names(Department department) {
        List<TermForm> names = new ArrayList<>();
        names.add(preferred(LanguageTag.of("ja"), department.nameJa()));
        names.add(preferred(LanguageTag.of("en"), department.nameEn()));
        department.otherNames().forEach((language, name) -> names.add(preferred(LanguageTag.of(language), name)));
        return names;
    }

    /** A partner's name, as the directory writes it, is in the partner's own language. */
    private static List<TermForm> names(Partner partner) {
        return List.of(preferred(partner.language(), partner.name()));
    }

    private static TermForm preferred(LanguageTag language, String name) {
        return new TermForm(language, name, PROPER_NOUN, TermStatus.PREFERRED);
    }
}
