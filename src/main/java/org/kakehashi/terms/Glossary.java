package org.kakehashi.terms;

import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.List;

/**
 * The termbase for one language pair, read once for many segments: the terms of a source text with the target
 * terms to use, and the target terms used or forbidden in a translation.
 */
public final class Glossary {

    private final LanguageTag source;
    private final LanguageTag target;
    private final List<TermFinder.Candidate> sourceTerms;
    private final List<TermFinder.Candidate> forbiddenTargetTerms;

    /** A glossary of these concepts alone, as a termbase holding nothing else would give it. */
    public static Glossary of(LanguageTag source, LanguageTag target, List<Concept> concepts) {
        return new Glossary(source, target, concepts.stream().map(concept -> {
            TermEntry entry = new TermEntry(null, Instant.EPOCH, "");
            entry.describe(concept, Instant.EPOCH, "");
            return entry;
        }).toList());
    }

    Glossary(LanguageTag source, LanguageTag target, List<TermEntry> entries) {
        this.source = source;
        this.target = target;
        this.sourceTerms = candidates(entries, source, false);
        this.forbiddenTargetTerms = candidates(entries, target, true);
    }

    /** The termbase's terms in a source text, each with the target terms of its entry. */
    public List<TermHit> hits(String text) {
        return TermFinder.find(text, source, sourceTerms).stream()
                .map(found -> {
                    TermEntry entry = found.candidate().entry();
                    return new TermHit(found.start(), found.end(), found.candidate().text(), entry.id(),
                            found.candidate().term().status(), targetTerms(entry, TermStatus.PREFERRED),
                            targetTerms(entry, TermStatus.FORBIDDEN));
                })
                .toList();
    }

    /** Whether a translation writes any of these terms as words of its own. */
    public boolean uses(String translation, List<String> terms) {
        List<TermFinder.Candidate> wanted = terms.stream()
                .map(t -> new TermFinder.Candidate(t, null, null))
                .toList();
        return !TermFinder.find(translation, target, wanted).isEmpty();
    }

    /** The forbidden target terms a translation writes. */
    public List<String> forbiddenIn(String translation) {
        return TermFinder.find(translation, target, forbiddenTargetTerms).stream()
                .map(found -> translation.substring(found.start(), found.end()))
                .toList();
    }

    private List<String> targetTerms(TermEntry entry, TermStatus status) {
        return entry.terms().stream()
                .filter(t -> t.status() == status && t.language().sameLanguageAs(target)
                        && scriptFits(t.language()))
                .map(Term::text)
                .toList();
    }

    /** zh-Hant terms are not offered for a zh-Hans translation, nor the other way round; a region does not matter. */
    private boolean scriptFits(LanguageTag language) {
        String script = language.locale().getScript();
        String targetScript = target.locale().getScript();
        return script.isEmpty() || targetScript.isEmpty() || script.equals(targetScript);
    }

    private static List<TermFinder.Candidate> candidates(List<TermEntry> entries, LanguageTag language,
                                                         boolean forbiddenOnly) {
        return entries.stream()
                .flatMap(entry -> entry.terms().stream()
                        .filter(t -> t.language().sameLanguageAs(language))
                        .filter(t -> !forbiddenOnly || t.status() == TermStatus.FORBIDDEN)
                        .map(t -> new TermFinder.Candidate(t.text(), entry, t)))
                .toList();
    }
}
