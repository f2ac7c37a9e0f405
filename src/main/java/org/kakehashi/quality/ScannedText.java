package org.kakehashi.quality;

import org.kakehashi.language.NarrowForms;

import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A text searched for facts. The searches see it with full-width digits, letters and signs narrowed (１，５００円 as
 * 1,500円) and with every fact already found blotted out, so a date's digits are not counted again as numbers. Both
 * keep every character where it stood, so a match's span names what the text itself writes.
 */
final class ScannedText {

    private static final char BLOT = '\uFFFC';

    private final String original;
    private final char[] remaining;
    private final SortedMap<Integer, Fact> facts = new TreeMap<>();

    ScannedText(String original) {
        this.original = original;
        this.remaining = NarrowForms.of(original);
    }

    /** Every match in what no fact has claimed yet, all found before any is claimed. */
    List<MatchResult> find(Pattern pattern) {
        return pattern.matcher(new String(remaining)).results().toList();
    }

    String written(MatchResult match) {
        return written(match.start(), match.end());
    }

    String written(int start, int end) {
        return original.substring(start, end);
    }

    void claim(MatchResult match, Fact fact) {
        claim(match.start(), match.end(), fact);
    }

    void claim(int start, int end, Fact fact) {
        Arrays.fill(remaining, start, end, BLOT);
        facts.put(start, fact);
    }

    /** In the order they stand in the text. */
    List<Fact> facts() {
        return List.copyOf(facts.values());
    }
}
