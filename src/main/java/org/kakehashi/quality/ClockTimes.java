package org.kakehashi.quality;

import org.kakehashi.language.LanguageTag;

import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Finds times of day as Japanese, Chinese and English write them. */
final class ClockTimes {

    private static final Set<String> AFTERNOON = Set.of("午後", "下午", "pm");
    /** 2時, not 2時間 (two hours). */
    private static final Pattern JAPANESE =
            Pattern.compile("(?:(午前|午後)\\s?)?(?<!\\d)(\\d{1,2})\\s?時(?!間)(?:\\s?(\\d{1,2})\\s?分|(半))?");
    /** Japanese counts items with 点 (3点の書類), where Chinese tells the hour: 下午2点. */
    private static final Pattern CHINESE =
            Pattern.compile("(?:(上午|下午)\\s?)?(?<!\\d)(\\d{1,2})\\s?[点點](?:\\s?(\\d{1,2})\\s?分|(半))?");
    private static final Pattern WITH_MINUTES = Pattern.compile(
            "(?:(午前|午後|上午|下午)\\s?)?(?<![\\d:.])(\\d{1,2}):(\\d{2})(?![\\d:])(?:\\s?(?i:([ap]\\.?m\\b\\.?)))?");
    private static final Pattern HOUR_OF_HALF_DAY =
            Pattern.compile("(?<![\\d:.])\\b(\\d{1,2})\\s?(?i:([ap]\\.?m\\b\\.?))");

    private ClockTimes() {
    }

    static void claimIn(ScannedText text, LanguageTag language) {
        for (MatchResult match : text.find(JAPANESE)) {
            claim(text, match, match.group(1), match.group(2), match.group(3), match.group(4) != null);
        }
        if (language.language().equals("zh")) {
            for (MatchResult match : text.find(CHINESE)) {
                claim(text, match, match.group(1), match.group(2), match.group(3), match.group(4) != null);
            }
        }
        for (MatchResult match : text.find(WITH_MINUTES)) {
            String halfOfDay = match.group(1) != null ? match.group(1) : match.group(4);
            claim(text, match, halfOfDay, match.group(2), match.group(3), false);
        }
        for (MatchResult match : text.find(HOUR_OF_HALF_DAY)) {
            claim(text, match, match.group(2), match.group(1), null, false);
        }
    }

    private static void claim(ScannedText text, MatchResult match, String halfOfDay, String hour, String minutes,
                              boolean halfPast) {
        int clockHour = Integer.parseInt(hour);
        int minute = halfPast ? 30 : minutes == null ? 0 : Integer.parseInt(minutes);
        if (clockHour > 24 || minute > 59) {
            return;
        }
        boolean twelveHourClock = clockHour >= 1 && clockHour <= 12;
        if (halfOfDay == null) {
            text.claim(match, new ClockTime(text.written(match), clockHour, minute, twelveHourClock));
        } else if (twelveHourClock) {
            // 12 p.m. is noon, 12 a.m. midnight
            boolean afternoon = AFTERNOON.contains(halfOfDay.replace(".", "").toLowerCase(Locale.ROOT));
            int hourOfDay = clockHour % 12 + (afternoon ? 12 : 0);
            text.claim(match, new ClockTime(text.written(match), hourOfDay, minute, false));
        }
    }
}
