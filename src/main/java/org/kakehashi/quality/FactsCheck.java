package org.kakehashi.quality;

import org.kakehashi.language.LanguageTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Whether a translated segment carries its source's facts: every number, amount, date, time of day, phone number and
 * address, as often as the source states it. What the translation adds, such as a weekday or the year a date in the
 * source leaves to its reader, is no finding.
 */
public final class FactsCheck {

    private FactsCheck() {
    }

    /**
     * A finding for each source fact the target lacks, in the source's order, with the target's first fact of the same
     * kind that no source fact accounts for as what it has instead.
     */
    public static List<Finding> between(String segment, String source, LanguageTag sourceLanguage, String target,
                                        LanguageTag targetLanguage) {
        List<Fact> unaccounted = new ArrayList<>(TextFacts.of(target, targetLanguage).facts());
        List<Fact> expected = TextFacts.of(source, sourceLanguage).facts().stream().filter(Fact::binding).toList();
        // the same facts first, so a date without its year does not take the dated one another source date needs
        List<Fact> missing =
                notCarried(expected, unaccounted, (fact, other) -> fact.carriedBy(other) && other.carriedBy(fact));
        missing = notCarried(missing, unaccounted, Fact::carriedBy);
        List<Finding> findings = new ArrayList<>();
        for (Fact fact : missing) {
            Optional<Fact> instead = unaccounted.stream().filter(other -> other.kind() == fact.kind()).findFirst();
            instead.ifPresent(unaccounted::remove);
            findings.add(new Finding(fact.kind(), segment, fact.written(), instead.map(Fact::written).orElse(null)));
        }
        return findings;
    }

    /** The facts none of the unaccounted carries; each that carries one is accounted for and taken from the list. */
    private static List<Fact> notCarried(List<Fact> facts, List<Fact> unaccounted, BiPredicate<Fact, Fact> carries) {
        List<Fact> notCarried = new ArrayList<>();
        for (Fact fact : facts) {
            Optional<Fact> carrier = unaccounted.stream().filter(other -> carries.test(fact, other)).findFirst();
            carrier.ifPresentOrElse(unaccounted::remove, () -> notCarried.add(fact));
        }
        return notCarried;
    }
}
