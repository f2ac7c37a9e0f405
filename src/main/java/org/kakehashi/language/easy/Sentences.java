package org.kakehashi.language.easy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into sentences. A sentence ends after 。, ！, ？, ! or ? (with the closing brackets and further marks
 * right after it: 〜です。」, 本当？！) or at a line break, which also ends a heading or a list item that has no full
 * stop. A mark inside brackets (「ごみを出す。」と書いてあります) does not end the sentence around it. The full-width
 * full stop ． ends a sentence unless a digit follows it (１．５), ASCII ! and ? unless a Latin letter or digit
 * does (https://example.jp/a?b=1); the ASCII period never does (URLs, 1.5).
 */
final class Sentences {

    private static final String STOPS = "。！？!?．";
    private static final String OPENING = "「『（(【〔〈《";
    private static final String CLOSING = "」』）)】〕〉》";
    /** A reading in brackets right after a kanji: kana only (ー is of the Common script, named apart). */
    private static final Pattern READING =
            Pattern.compile("(?<=\\p{IsHan})[（(][\\p{IsHiragana}\\p{IsKatakana}ー]+[)）]");
    private static final char BLANK = '\u3000';

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                add(sentences, text, start, at, false);
                depth = 0;
                start = ++at;
            } else if (depth == 0 && isStop(text, at)) {
                int end = at + 1;
                while (end < text.length()
                        && (STOPS.indexOf(text.charAt(end)) >= 0 || CLOSING.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                add(sentences, text, start, end, true);
                start = at = end;
            } else {
                if (OPENING.indexOf(c) >= 0) {
                    depth++;
                } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                    depth--;
                }
                at++;
            }
        }
        add(sentences, text, start, text.length(), false);
        return sentences;
    }

    private static boolean isStop(String text, int at) {
        char c = text.charAt(at);
        boolean last = at + 1 >= text.length();
        if (c == '．') {
            return last || !Character.isDigit(text.charAt(at + 1));
        }
        if (c == '!' || c == '?') {
            return last || !isAsciiLetterOrDigit(text.charAt(at + 1));
        }
        return STOPS.indexOf(c) >= 0;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static void add(List<Sentence> sentences, String text, int start, int end, boolean closed) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(sentences.size(), start, end, blankReadings(text.substring(start, end)),
                    closed));
        }
    }

    static boolean isBlank(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static String blankReadings(String sentence) {
        Matcher reading = READING.matcher(sentence);
        if (!reading.find()) {
            return sentence;
        }
        char[] chars = sentence.toCharArray();
        do {
            for (int i = reading.start(); i < reading.end(); i++) {
                chars[i] = BLANK;
            }
        } while (reading.find());
        return new String(chars);
    }
}
