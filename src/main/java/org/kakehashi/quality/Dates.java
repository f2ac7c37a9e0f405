package org.kakehashi.quality;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds dates as Japanese and Chinese write them (令和8年10月29日, 2026年10月29日, 10月29日, R08.10.29), as English
 * writes them (October 29, 2026; 29 Oct; Thursday, 29 October 2026) and in numbers, year first (2026/10/29). The
 * longest forms are looked for first, so 10月29日 inside 2026年10月29日 is not found again. An era year without a
 * month, 令和8年度, is a number: 2026.
 */
final class Dates {

    private static final Map<String, Integer> ERA_FIRST_YEARS =
            Map.of("明治", 1868, "大正", 1912, "昭和", 1926, "平成", 1989, "令和", 2019);
    /** JIS X 0301's initials for the eras. */
    private static final Map<String, Integer> ERA_INITIALS =
            Map.of("M", 1868, "T", 1912, "S", 1926, "H", 1989, "R", 2019);
    private static final String FIRST_YEAR = "元";
    private static final List<String> MONTH_ABBREVIATIONS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static final String MONTH_NAME = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?\\b";
    private static final String YEAR = "(\\d{4})(?!\\d)";

    private static final Pattern ERA = Pattern.compile(
            "(明治|大正|昭和|平成|令和)\\s?(元|\\d{1,2})\\s?年(?:\\s?(\\d{1,2})\\s?月(?:\\s?(\\d{1,2})\\s?[日号])?|度)?");
    private static final Pattern JIS_X_0301 =
            Pattern.compile("(?<![A-Za-z0-9])([MTSHR])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,2})(?!\\d)");
    private static final Pattern YEAR_MONTH_DAY =
            Pattern.compile("(?<!\\d)(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?[日号]");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d./-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH_NAME + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?<![\\d.,])\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH_NAME + "(?:,?\\s+" + YEAR + ")?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月(?!曜)");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH_NAME + ",?\\s+" + YEAR);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?[日号]");
    /** 10月, but not 第3月曜日 (the third Monday). */
    private static final Pattern MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s?月(?!曜)");
    /** May the month, not May the verb opening a sentence. */
    private static final Pattern MONTH_NAMED = Pattern.compile("\\b(January|February|March|April|June|July|August"
            + "|September|October|November|December)\\b|(?<=[\\p{L}\\d,;:)]\\s{1,3})(May)\\b");

    private Dates() {
    }

    static void claimIn(ScannedText text) {
        for (MatchResult match : text.find(ERA)) {
            int year = ERA_FIRST_YEARS.get(match.group(1)) + eraYear(match.group(2)) - 1;
            if (match.group(3) == null) {
                text.claim(match, new Figure(text.written(match), BigDecimal.valueOf(year), false));
            } else {
                claim(text, match, year, number(match.group(3)), number(match.group(4)));
            }
        }
        for (MatchResult match : text.find(JIS_X_0301)) {
            claim(text, match, ERA_INITIALS.get(match.group(1)) + number(match.group(2)) - 1,
                    number(match.group(3)), number(match.group(4)));
        }
        for (MatchResult match : text.find(YEAR_MONTH_DAY)) {
            claim(text, match, number(match.group(1)), number(match.group(2)), number(match.group(3)));
        }
        for (MatchResult match : text.find(NUMERIC)) {
            claim(text, match, number(match.group(1)), number(match.group(3)), number(match.group(4)));
        }
        for (MatchResult match : text.find(MONTH_DAY_YEAR)) {
            claim(text, match, number(match.group(3)), monthOf(match.group(1)), number(match.group(2)));
        }
        for (MatchResult match : text.find(DAY_MONTH_YEAR)) {
            claim(text, match, number(match.group(3)), monthOf(match.group(2)), number(match.group(1)));
        }
        for (MatchResult match : text.find(YEAR_MONTH)) {
            claim(text, match, number(match.group(1)), number(match.group(2)), null);
        }
        for (MatchResult match : text.find(MONTH_YEAR)) {
            claim(text, match, number(match.group(2)), monthOf(match.group(1)), null);
        }
        for (MatchResult match : text.find(MONTH_DAY)) {
            claim(text, match, null, number(match.group(1)), number(match.group(2)));
        }
        for (MatchResult match : text.find(MONTH)) {
            claim(text, match, null, number(match.group(1)), null);
        }
        for (MatchResult match : text.find(MONTH_NAMED)) {
            claim(text, match, null, monthOf(match.group(1) != null ? match.group(1) : match.group(2)), null);
        }
    }

    /** Leaves to the numbers what is no day of the calendar: 13月, 2月30日. */
    private static void claim(ScannedText text, MatchResult match, Integer year, int month, Integer day) {
        if (month < 1 || month > 12) {
            return;
        }
        // without its year, 29 February may be a day: 2000 was a leap year
        YearMonth calendarMonth = YearMonth.of(year == null ? 2000 : year, month);
        if (day == null || calendarMonth.isValidDay(day)) {
            text.claim(match, new WrittenDate(text.written(match), year, month, day));
        }
    }

    private static int eraYear(String year) {
        return year.equals(FIRST_YEAR) ? 1 : Integer.parseInt(year);
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static int monthOf(String name) {
        return MONTH_ABBREVIATIONS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
