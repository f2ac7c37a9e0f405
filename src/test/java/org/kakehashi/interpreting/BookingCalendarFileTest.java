package org.kakehashi.interpreting;

import org.junit.jupiter.api.Test;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.InterpretingMode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545: UTC times, escaped text, CRLF line ends, lines folded at 75 octets. */
class BookingCalendarFileTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void anEventInTokyoIsWrittenInUtc() {
        InterpretingEvent event = new InterpretingEvent(ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, TOKYO),
                ZonedDateTime.of(2026, 12, 10, 16, 0, 0, 0, TOKYO), "苫小牧市役所 第1会議室", InterpretingMode.CONSECUTIVE,
                "Napier delegation");

        String ics = BookingCalendarFile.of("2026-00202@kakehashi", event, "通訳 ja → en", "Interpreter: emily",
                Instant.parse("2026-11-24T00:00:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("\r\nDTSTART:20261210T040000Z\r\n", "\r\nDTEND:20261210T070000Z\r\n",
                        "\r\nUID:2026-00202@kakehashi\r\n", "\r\nLOCATION:苫小牧市役所 第1会議室\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void commasSemicolonsAndLineBreaksAreEscaped() {
        assertThat(BookingCalendarFile.escape("Napier, NZ; 2 guests\nbring slides\\notes"))
                .isEqualTo("Napier\\, NZ\\; 2 guests\\nbring slides\\\\notes");
    }

    @Test
    void longLinesAreFoldedWithoutSplittingAJapaneseCharacter() {
        StringBuilder out = new StringBuilder();
        BookingCalendarFile.line(out, "DESCRIPTION:" + "通訳".repeat(40));

        String[] lines = out.toString().split("\r\n");
        assertThat(lines.length).isGreaterThan(1);
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "通訳".repeat(40) + "\r\n");
    }

    @Test
    void bookingsOverlapWhenTheTravelBufferDoesNotFitBetweenThem() {
        InterpretingEvent morning = new InterpretingEvent(ZonedDateTime.of(2026, 12, 10, 9, 0, 0, 0, TOKYO),
                ZonedDateTime.of(2026, 12, 10, 12, 0, 0, 0, TOKYO), "市役所", InterpretingMode.CONSECUTIVE, null);
        InterpretingEvent earlyAfternoon = new InterpretingEvent(ZonedDateTime.of(2026, 12, 10, 12, 30, 0, 0, TOKYO),
                ZonedDateTime.of(2026, 12, 10, 14, 0, 0, 0, TOKYO), "港", InterpretingMode.ESCORT, null);
        InterpretingEvent lateAfternoon = new InterpretingEvent(ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, TOKYO),
                ZonedDateTime.of(2026, 12, 10, 15, 0, 0, 0, TOKYO), "港", InterpretingMode.ESCORT, null);

        assertThat(morning.overlaps(earlyAfternoon, java.time.Duration.ofMinutes(60))).isTrue();
        assertThat(morning.overlaps(lateAfternoon, java.time.Duration.ofMinutes(60))).isFalse();
        assertThat(morning.overlaps(lateAfternoon, java.time.Duration.ofMinutes(61))).isTrue();
    }
}
