package org.kakehashi.quality;

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
    private static final char FULL_WIDTH_FIRST = '！';
    private static final char FULL_WIDTH_LAST = '～';
    private static final int FULL_WIDTH_OFFSET = '！' - '!';
    /** Hyphens, dashes and minus signs that stand between the digits of phone numbers and dates. */
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
    /** The katakana prolonged sound mark, typed for a hyphen in phone numbers: 03ー1234ー5678. */
    private static final char PROLONGED_SOUND_MARK = 'ー';

    private final String original;
    private final char[] remaining;
    private final SortedMap<Integer, Fact> facts = new TreeMap<>();

    ScannedText(String original) {
        this.original = original;
        this.remaining = narrowed(original);
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

    /** Width only, never NFKC, which would also read ① as 1. */
    private static char[] narrowed(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                chars[i] = (char) (c - FULL_WIDTH_OFFSET);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c == '￥') {
                chars[i] = '¥';
            } else if (DASHES.indexOf(c) >= 0) {
                chars[i] = '-';
            }
        }
        for (int i = 1; i < chars.length - 1; i++) {
            if (chars[i] == PROLONGED_SOUND_MARK && isDigit(chars[i - 1]) && isDigit(chars[i + 1])) {
                chars[i] = '-';
            }
        }
        return chars;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
