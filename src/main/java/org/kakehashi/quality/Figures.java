package org.kakehashi.quality;

import org.kakehashi.language.LanguageTag;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds the numbers no other fact has claimed: 1,500, 2.5, 30%, 3万, 第3回's 3, FY2026's 2026. Digits inside a word
 * (COVID-19, A4, tu3) are no number; kanji numerals (三) are too often part of a word to be read as one.
 */
final class Figures {

    /** Not after a letter, a letter and a hyphen, or another number's separator; but after FY, as in FY2026. */
    static final String STANDING_ALONE = "(?:(?<=FY)|(?<![A-Za-z0-9]|[A-Za-z]-|\\d[.,]))";

    private static final Map<NumberStyle, Pattern> NUMBERS = new EnumMap<>(NumberStyle.class);
    /** English only, and only up to twelve, beyond which English style writes digits. */
    private static final List<String> SPELLED = List.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern SPELLED_NUMBER = Pattern.compile("(?i)\\b(" + String.join("|", SPELLED) + ")\\b");

    static {
        for (NumberStyle style : NumberStyle.values()) {
            NUMBERS.put(style, Pattern.compile(STANDING_ALONE + "(" + style.pattern() + ")(?:\\s?%)?"));
        }
    }

    private Figures() {
    }

    static void claimIn(ScannedText text, LanguageTag language) {
        NumberStyle style = NumberStyle.of(language);
        for (MatchResult match : text.find(NUMBERS.get(style))) {
            text.claim(match, new Figure(text.written(match), style.value(match.group(1)), false));
        }
        if (language.language().equals("en")) {
            for (MatchResult match : text.find(SPELLED_NUMBER)) {
                int value = SPELLED.indexOf(match.group(1).toLowerCase(Locale.ROOT)) + 1;
                text.claim(match, new Figure(text.written(match), BigDecimal.valueOf(value), true));
            }
        }
    }
}
