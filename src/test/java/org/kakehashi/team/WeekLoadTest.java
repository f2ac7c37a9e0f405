package org.kakehashi.team;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.task.HeldTask;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The week of Monday 2026-12-07 in Tokyo runs from 2026-12-06T15:00Z to 2026-12-13T15:00Z; lin holds eight tasks
 * around it, and only the translations and reviews due inside it weigh.
 */
class WeekLoadTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Instant FROM = MONDAY.atStartOfDay(TOKYO).toInstant();
    private static final Instant TO = MONDAY.plusWeeks(1).atStartOfDay(TOKYO).toInstant();

    private static final Map<String, CountingReceipt> RECEIPTS = Map.of(
            "2026-00001", characters("ja", 1_200, 3),
            "2026-00002", characters("zh-Hans", 850, 3),
            "2026-00003", words("en", 500),
            "2026-00005", characters("ja", 2_000, 5),
            "2026-00006", characters("ja", 400, 1));

    @Test
    void theTranslationsAndReviewsDueInTheWeekAddUpInTheirRequestsUnits() {
        List<HeldTask> held = List.of(
                // Wednesday 17:00 in Tokyo
                task("translateRequest", "2026-00001", "2026-12-09T08:00:00Z"),
                // Sunday 23:59, the week's last minute
                task("reviewTranslation", "2026-00002", "2026-12-13T14:59:00Z"),
                task("translateRequest", "2026-00003", "2026-12-11T08:00:00Z"),
                // triage weighs nothing, whatever the text
                task("triageRequest", "2026-00001", "2026-12-08T08:00:00Z"),
                // a request from before receipts
                task("translateRequest", "2026-00004", "2026-12-10T08:00:00Z"),
                // the next Monday 00:00 in Tokyo is the next week's
                task("translateRequest", "2026-00005", "2026-12-13T15:00:00Z"),
                // the Sunday before, 23:59 in Tokyo
                task("translateRequest", "2026-00006", "2026-12-06T14:59:00Z"),
                task("translateRequest", "2026-00001", null));

        WeekLoad load = WeekLoad.of(held, RECEIPTS, FROM, TO);

        // characters 1,200 + 850 from ja and zh-Hans, pages 3 + 3; words 500 from en; four tasks, one uncounted
        assertThat(load).isEqualTo(new WeekLoad(2_050, 500, 6, 4, 1));
    }

    @Test
    void nothingHeldIsNoLoad() {
        assertThat(WeekLoad.of(List.of(), RECEIPTS, FROM, TO)).isEqualTo(new WeekLoad(0, 0, 0, 0, 0));
    }

    private static HeldTask task(String key, String number, String due) {
        return new HeldTask("task-" + key + number + due, key, "lin", number, "en",
                due == null ? null : Instant.parse(due));
    }

    private static CountingReceipt characters(String language, long characters, long pages) {
        return new CountingReceipt(language, CountingReceipt.Unit.CHARACTERS, characters, null,
                new CountingReceipt.Breakdown(characters, 0, 0, 0, 0, 0, 0), pages, 1.0);
    }

    private static CountingReceipt words(String language, long words) {
        return new CountingReceipt(language, CountingReceipt.Unit.WORDS, words * 5, words,
                new CountingReceipt.Breakdown(0, 0, words * 5, words, 0, 0, 0), 0, 1.0);
    }
}
