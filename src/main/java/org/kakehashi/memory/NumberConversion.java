package org.kakehashi.memory;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last year's translation brought up to this year's source: each number, date and era year that changed is found
 * in the remembered translation in the form the target language writes it and replaced there — 令和7年度 → 令和8年度
 * becomes FY2025 → FY2026 in English, 10月29日 → 11月5日 becomes October 29 → November 5. A change whose old form
 * the translation does not show is left for the translator, and the conversion says it is incomplete.
 */
final class NumberConversion {

    /** The converted translation, and whether every change was found in it. */
    record Converted(String target, boolean complete) {
    }

    private static final Map<String, Integer> ERA_START = Map.of("令和", 2018, "平成", 1988, "昭和", 1925,
            "大正", 1911, "明治", 1867);
    private static final Pattern FISCAL_YEAR = Pattern.compile("(令和|平成|昭和|大正|明治)(\\d+)年度");
    private static final Pattern DATE = Pattern.compile("(?:(令和|平成|昭和|大正|明治)?(\\d+)年)?(\\d+)月(\\d+)日");
    private static final Pattern ERA_YEAR = Pattern.compile("(令和|平成|昭和|大正|明治)(\\d+)年");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,:]\\d+)*");

    private NumberConversion() {
    }

    static Converted convert(String target, String targetLanguage, List<NumberChange> changes) {
        String converted = target;
        boolean complete = true;
        for (NumberChange change : changes) {
            if (change.memory() == null || change.text() == null) {
                complete = false;
                continue;
            }
            String next = replaceFirst(converted, forms(change.memory(), targetLanguage),
                    forms(change.text(), targetLanguage));
            complete &= next != null;
            converted = next == null ? converted : next;
        }
        return new Converted(converted, complete);
    }

    /** The first of the old forms the translation shows, replaced by the new form of the same kind; null if none. */
    private static String replaceFirst(String target, List<String> before, List<String> after) {
        for (int i = 0; i < before.size() && i < after.size(); i++) {
            Matcher found = Pattern.compile("(?<![\\d\\p{IsLatin}])" + Pattern.quote(before.get(i)) + "(?![\\d])")
                    .matcher(target);
            if (found.find()) {
                return target.substring(0, found.start()) + after.get(i) + target.substring(found.end());
            }
        }
        return null;
    }

    /** How a target language may write a number of the Japanese source, most specific first. */
    static List<String> forms(String japanese, String targetLanguage) {
        String number = Normalizer.normalize(japanese, Normalizer.Form.NFKC);
        boolean english = !targetLanguage.startsWith("ja") && !targetLanguage.startsWith("zh");
        List<String> forms = new ArrayList<>();
        Matcher fiscal = FISCAL_YEAR.matcher(number);
        Matcher date = DATE.matcher(number);
        Matcher eraYear = ERA_YEAR.matcher(number);
        if (fiscal.matches()) {
            int year = ERA_START.get(fiscal.group(1)) + Integer.parseInt(fiscal.group(2));
            if (english) {
                forms.add("FY" + year);
                forms.add("fiscal " + year);
                forms.add("fiscal year " + year);
            } else {
                forms.add(number);
                forms.add(year + "年度");
            }
            forms.add(Integer.toString(year));
        } else if (date.matches()) {
            int month = Integer.parseInt(date.group(3));
            int day = Integer.parseInt(date.group(4));
            String monthName = Month.of(Math.max(1, Math.min(12, month))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            Integer year = date.group(2) == null ? null
                    : (date.group(1) == null ? 0 : ERA_START.get(date.group(1))) + Integer.parseInt(date.group(2));
            if (english) {
                forms.add(monthName + " " + day + (year == null ? "" : ", " + year));
                forms.add(day + " " + monthName + (year == null ? "" : " " + year));
            } else {
                forms.add(number);
                forms.add((year == null ? "" : year + "年") + month + "月" + day + "日");
            }
        } else if (eraYear.matches()) {
            int year = ERA_START.get(eraYear.group(1)) + Integer.parseInt(eraYear.group(2));
            forms.add(english ? Integer.toString(year) : number);
            forms.add(year + (english ? "" : "年"));
        } else {
            if (!english) {
                forms.add(number);
            }
            Matcher digits = DIGITS.matcher(number);
            if (digits.find()) {
                forms.add(digits.group());
            }
        }
        return forms;
    }
}
