package org.kakehashi.privacy;

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

    private static final char FULL_WIDTH_FIRST = '！';
    private static final char FULL_WIDTH_LAST = '～';
    private static final int FULL_WIDTH_OFFSET = '！' - '!';
    /** Hyphens, dashes and minus signs that stand between the digits of numbers. */
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63";
    /** The katakana prolonged sound mark, often typed for a hyphen: 090ー1234ー5678. */
    private static final char PROLONGED_SOUND_MARK = 'ー';

    private final String original;
    private final String folded;

    FoldedText(String original) {
        this.original = original;
        this.folded = fold(original);
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

    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                chars[i] = (char) (c - FULL_WIDTH_OFFSET);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            } else if (DASHES.indexOf(c) >= 0) {
                chars[i] = '-';
            }
        }
        for (int i = 1; i < chars.length - 1; i++) {
            if (chars[i] == PROLONGED_SOUND_MARK && isDigit(chars[i - 1]) && isDigit(chars[i + 1])) {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
