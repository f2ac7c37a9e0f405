package org.kakehashi.language;

/**
 * A text with its full-width letters, digits and signs read as their ASCII forms, the ideographic space as a space,
 * the dashes and a prolonged sound mark between digits (090ー1234) as a hyphen, and ￥ as ¥ — one character for
 * one, so an offset in the result is the offset in the text. Width only, never NFKC, which would also read ① as 1.
 */
public final class NarrowForms {

    private static final char FULL_WIDTH_FIRST = '！';
    private static final char FULL_WIDTH_LAST = '～';
    private static final int FULL_WIDTH_OFFSET = '！' - '!';
    /** Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign, small hyphen-minus. */
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63";
    private static final char PROLONGED_SOUND_MARK = 'ー';

    private NarrowForms() {
    }

    public static char[] of(String text) {
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
