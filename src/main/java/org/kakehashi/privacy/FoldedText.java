package org.kakehashi.privacy;

import org.kakehashi.language.NarrowForms;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A text as the scanner's patterns read it: full-width digits, letters and signs narrowed (０９０－１２３４ as
 * 090-1234), the ideographic space a space, dashes and minus signs a hyphen, and ー a hyphen between digits. Every
 * character keeps its place, so a match's span in the folded text is the same span in the text as written, which
 * is what a finding reports. Width only, never NFKC, which would also read ① as 1 and change the length.
 */
final class FoldedText {

    private final String original;
    private final String folded;

    FoldedText(String original) {
        this.original = original;
        this.folded = new String(NarrowForms.of(original));
    }

    String folded() {
        return folded;
    }

    List<MatchResult> find(Pattern pattern) {
        return pattern.matcher(folded).results().toList();
    }

    PersonalDataFinding finding(PersonalDataKind kind, int start, int end) {
        return new PersonalDataFinding(kind, start, end, original.substring(start, end));
    }

    /** What the folded text holds in the given number of characters before a position, or fewer at its start. */
    String before(int position, int characters) {
        return folded.substring(Math.max(0, position - characters), position);
    }
}
