package org.kakehashi.quality;

import org.kakehashi.language.LanguageTag;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * How a language writes its numbers' thousands and decimals, and the Japanese and Chinese multipliers written
 * after digits: 1万5千 is 15000, 2千万 is 20000000.
 */
enum NumberStyle {

    /** 1,500.5 — English, Japanese, Chinese and every language not named below. */
    DECIMAL_POINT("(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?!\\d)", ",", '.'),
    /** 1.500,5 or 1 500,5. */
    DECIMAL_COMMA("(?:\\d{1,3}(?:[.\u00A0\u202F]\\d{3})+|\\d+)(?:,\\d+)?(?!\\d)", ".\u00A0\u202F", ',');

    private static final Set<String> WRITING_DECIMAL_COMMA =
            Set.of("de", "fr", "es", "pt", "it", "nl", "id", "vi", "ru", "uk", "pl", "tr", "ne");
    private static final Map<Character, BigDecimal> MULTIPLIERS = Map.of(
            '千', BigDecimal.valueOf(1_000), '万', BigDecimal.valueOf(10_000), '億', BigDecimal.valueOf(100_000_000));

    private final String digits;
    private final String thousandsSeparators;
    private final char decimalSeparator;

    NumberStyle(String digits, String thousandsSeparators, char decimalSeparator) {
        this.digits = digits;
        this.thousandsSeparators = thousandsSeparators;
        this.decimalSeparator = decimalSeparator;
    }

    static NumberStyle of(LanguageTag language) {
        return WRITING_DECIMAL_COMMA.contains(language.language()) ? DECIMAL_COMMA : DECIMAL_POINT;
    }

    /** A regular expression for a number in narrowed text, multipliers included. */
    String pattern() {
        return "(?:" + digits + ")(?:[千万億](?:" + digits + ")?)*";
    }

    /** The value of a number {@link #pattern()} matched. */
    BigDecimal value(String number) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        StringBuilder figure = new StringBuilder();
        for (char c : number.toCharArray()) {
            BigDecimal multiplier = MULTIPLIERS.get(c);
            if (multiplier == null) {
                figure.append(c);
                continue;
            }
            BigDecimal before = figure.isEmpty() ? null : plain(figure.toString());
            figure.setLength(0);
            if (c == '千') {
                section = section.add((before == null ? BigDecimal.ONE : before).multiply(multiplier));
            } else {
                // 万 and 億 multiply all since the last of them: 1億2千万 is 1億 and (2千)万
                total = total.add(section.add(before == null ? BigDecimal.ZERO : before).multiply(multiplier));
                section = BigDecimal.ZERO;
            }
        }
        if (!figure.isEmpty()) {
            section = section.add(plain(figure.toString()));
        }
        return total.add(section);
    }

    private BigDecimal plain(String figure) {
        StringBuilder plain = new StringBuilder();
        for (char c : figure.toCharArray()) {
            if (c == decimalSeparator) {
                plain.append('.');
            } else if (thousandsSeparators.indexOf(c) < 0) {
                plain.append(c);
            }
        }
        return new BigDecimal(plain.toString());
    }
}
