package org.kakehashi.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds dates of birth: a whole date (day, month and year) right after 生年月日, 誕生日, date of birth, DOB or born,
 * or right before 生まれ. The date may be in an era (昭和60年4月1日, 昭和元年…, S60.4.1) or the Western calendar
 * (1985年4月1日, 1985/4/1, 1985-04-01, 01/04/1985, 1 April 1985, April 1, 1985). Any other date is not one: a
 * meeting on 2026年4月1日 or 令和8年度 is left alone, and so is a birth date written far from its label.
 */
final class BirthDates {

    private static final String MONTH = "(?:0?[1-9]|1[0-2])";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    private static final String MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String DATE = "(?:"
            + "(?:明治|大正|昭和|平成|令和)\\s?(?:元|\\d{1,2})\\s?年\\s?" + MONTH + "\\s?月\\s?" + DAY + "\\s?日"
            + "|(?<![A-Za-z])(?:[MTSHR]|明|大|昭|平|令)\\s?\\d{1,2}[./]" + MONTH + "[./]" + DAY + "(?!\\d)"
            + "|(?<!\\d)\\d{4}\\s?年\\s?" + MONTH + "\\s?月\\s?" + DAY + "\\s?日"
            + "|(?<!\\d)\\d{4}(?:/" + MONTH + "/" + DAY + "|-" + MONTH + "-" + DAY
            + "|\\." + MONTH + "\\." + DAY + ")(?!\\d)"
            + "|(?<!\\d)\\d{1,2}(?:/\\d{1,2}/|-\\d{1,2}-|\\.\\d{1,2}\\.)\\d{4}(?!\\d)"
            + "|(?<!\\d)" + DAY + ORDINAL + "\\s+(?:of\\s+)?" + MONTH_NAME + ",?\\s+\\d{4}(?!\\d)"
            + "|(?<![A-Za-z])" + MONTH_NAME + "\\s+" + DAY + ORDINAL + ",?\\s+\\d{4}(?!\\d)"
            + ")";
    private static final String LABEL = "(?:生年月日|誕生日|出生日|生誕日|(?<![A-Za-z])"
            + "(?:date\\s+of\\s+birth|birth\\s?date|birthday|d\\.?o\\.?b\\.?|born(?:\\s+on)?)(?![A-Za-z]))";
    /** 生年月日：, 誕生日は, DOB:, 生年月日（西暦） */
    private static final String GAP = "[\\s:=、,はが]{0,4}(?:\\((?:西暦|和暦)\\)[\\s:=]{0,2})?";

    private static final Pattern AFTER_LABEL =
            Pattern.compile(LABEL + GAP + "(" + DATE + ")", Pattern.CASE_INSENSITIVE);
    /** 1985年4月1日生まれ, 昭和60年4月1日生 — but not the 生 of 生活 */
    private static final Pattern BEFORE_BORN = Pattern.compile(
            "(" + DATE + ")\\s?(?:生まれ|産まれ|生(?![\\p{IsHan}\\p{IsHiragana}]))", Pattern.CASE_INSENSITIVE);

    private BirthDates() {
    }

    static List<PersonalDataFinding> in(FoldedText text) {
        List<PersonalDataFinding> found = new ArrayList<>();
        for (Pattern pattern : List.of(AFTER_LABEL, BEFORE_BORN)) {
            for (MatchResult match : text.find(pattern)) {
                found.add(text.finding(PersonalDataKind.DATE_OF_BIRTH, match.start(1), match.end(1)));
            }
        }
        return found;
    }
}
