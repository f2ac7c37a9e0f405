package org.kakehashi.quality;

import org.kakehashi.language.LanguageTag;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Finds sums of money: a number with a currency's sign or code before it, or its name after it. */
final class Amounts {

    private static final Map<String, Currency> CURRENCIES = Map.ofEntries(
            Map.entry("円", Currency.JPY), Map.entry("日元", Currency.JPY), Map.entry("日圆", Currency.JPY),
            Map.entry("jpy", Currency.JPY), Map.entry("yen", Currency.JPY),
            Map.entry("us$", Currency.USD), Map.entry("usd", Currency.USD), Map.entry("us dollar", Currency.USD),
            Map.entry("us dollars", Currency.USD), Map.entry("美元", Currency.USD), Map.entry("米ドル", Currency.USD),
            Map.entry("nz$", Currency.NZD), Map.entry("nzd", Currency.NZD), Map.entry("nz dollar", Currency.NZD),
            Map.entry("nz dollars", Currency.NZD), Map.entry("新西兰元", Currency.NZD), Map.entry("纽元", Currency.NZD),
            Map.entry("nzドル", Currency.NZD), Map.entry("ニュージーランドドル", Currency.NZD),
            Map.entry("元", Currency.CNY), Map.entry("人民币", Currency.CNY), Map.entry("人民元", Currency.CNY),
            Map.entry("cny", Currency.CNY), Map.entry("rmb", Currency.CNY), Map.entry("yuan", Currency.CNY),
            Map.entry("$", Currency.DOLLAR), Map.entry("ドル", Currency.DOLLAR), Map.entry("dollar", Currency.DOLLAR),
            Map.entry("dollars", Currency.DOLLAR));
    private static final String YEN_SIGN = "¥";
    private static final String BEFORE = "(US\\$|NZ\\$|\\$|¥|JPY|USD|NZD|CNY|RMB)";
    /** The longer names first: 日元 is yen, where 元 alone is yuan. */
    private static final String AFTER = "(日元|日圆|円|美元|新西兰元|纽元|人民币|人民元|元|米ドル|NZドル|ニュージーランドドル|ドル"
            + "|(?i:yen|yuan|jpy|usd|nzd|cny|rmb|nz dollars?|us dollars?|dollars?)\\b)";

    private static final Map<NumberStyle, Pattern> SIGN_FIRST = new EnumMap<>(NumberStyle.class);
    private static final Map<NumberStyle, Pattern> NAME_AFTER = new EnumMap<>(NumberStyle.class);

    static {
        for (NumberStyle style : NumberStyle.values()) {
            SIGN_FIRST.put(style, Pattern.compile("(?<![A-Za-z0-9])" + BEFORE + "\\s?(" + style.pattern() + ")"));
            NAME_AFTER.put(style, Pattern.compile(Figures.STANDING_ALONE + "(" + style.pattern() + ")\\s?" + AFTER));
        }
    }

    private Amounts() {
    }

    static void claimIn(ScannedText text, LanguageTag language) {
        NumberStyle style = NumberStyle.of(language);
        // the yen sign is also the yuan's, as Chinese writes it
        Currency yenSign = language.language().equals("zh") ? Currency.CNY : Currency.JPY;
        for (MatchResult match : text.find(SIGN_FIRST.get(style))) {
            Currency currency = match.group(1).equals(YEN_SIGN) ? yenSign : currencyNamed(match.group(1));
            text.claim(match, new Amount(text.written(match), style.value(match.group(2)), currency));
        }
        for (MatchResult match : text.find(NAME_AFTER.get(style))) {
            Currency currency = currencyNamed(match.group(2));
            text.claim(match, new Amount(text.written(match), style.value(match.group(1)), currency));
        }
    }

    private static Currency currencyNamed(String name) {
        return CURRENCIES.get(name.toLowerCase(Locale.ROOT));
    }
}
