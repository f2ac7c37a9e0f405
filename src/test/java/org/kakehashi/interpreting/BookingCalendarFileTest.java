package org.kakehashi.interpreting;

import org.junit.jupiter.api.Test;
import org.kakehashi.interpreting.BookingCalendarFile.Booking;
import org.kakehashi.interpreting.BookingCalendarFile.Method;
import org.kakehashi.interpreting.BookingCalendarFile.Party;
import org.kakehashi.interpreting.BookingCalendarFile.Wording;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.notification.MailTexts;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.TestRequests;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545: UTC times, escaped text, CRLF line ends, lines folded at 75 octets; RFC 5546's invitations. */
class BookingCalendarFileTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final RequestNumber NUMBER = RequestNumber.parse("2026-00202");
    private static final InterpretingEvent EVENT = new InterpretingEvent(
            ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, TOKYO), ZonedDateTime.of(2026, 12, 10, 16, 0, 0, 0, TOKYO),
            "市役所", InterpretingMode.CONSECUTIVE, null);

    @Test
    void anEventInTokyoIsWrittenInUtc() {
        InterpretingEvent event = new InterpretingEvent(ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, TOKYO),
                ZonedDateTime.of(2026, 12, 10, 16, 0, 0, 0, TOKYO), "苫小牧市役所 第1会議室", InterpretingMode.CONSECUTIVE,
                "Napier delegation");

        String ics = BookingCalendarFile.publish(new Booking(NUMBER, event, 0),
                new Wording("通訳 ja → en", "Interpreter: emily"), Instant.parse("2026-11-24T00:00:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("\r\nMETHOD:PUBLISH\r\n", "\r\nDTSTART:20261210T040000Z\r\n",
                        "\r\nDTEND:20261210T070000Z\r\n", "\r\nUID:2026-00202@kakehashi\r\n",
                        "\r\nLOCATION:苫小牧市役所 第1会議室\r\n")
                .doesNotContain("ORGANIZER", "ATTENDEE")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void anInvitationNamesTheOfficeAsOrganizerAndTheInvitedAndCountsTheChanges() {
        String ics = BookingCalendarFile.of(Method.REQUEST, new Booking(NUMBER, EVENT, 2),
                new Wording("Interpreting ja → en", "—"), Instant.parse("2026-11-24T00:00:00Z"),
                new Party("国際交流課", "kokusai@city.example.jp"), List.of(new Party("Emily \"Em\" Clark", "emily@city.example.jp")));

        assertThat(ics.replace("\r\n ", "")).contains("\r\nMETHOD:REQUEST\r\n", "\r\nSEQUENCE:2\r\n",
                "\r\nSTATUS:CONFIRMED\r\n",
                "\r\nORGANIZER;CN=\"国際交流課\":mailto:kokusai@city.example.jp\r\n",
                "\r\nATTENDEE;CN=\"Emily Em Clark\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:emily@city.example.jp\r\n");
    }

    @Test
    void aCancellationMarksTheSameEventCancelled() {
        String ics = BookingCalendarFile.of(Method.CANCEL, new Booking(NUMBER, EVENT, 3), new Wording("x", "y"),
                Instant.parse("2026-11-24T00:00:00Z"), new Party(null, "kokusai@city.example.jp"), List.of());

        assertThat(ics).contains("\r\nMETHOD:CANCEL\r\n", "\r\nUID:2026-00202@kakehashi\r\n", "\r\nSEQUENCE:3\r\n",
                "\r\nSTATUS:CANCELLED\r\n", "\r\nORGANIZER:mailto:kokusai@city.example.jp\r\n");
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

    @Test
    void aVietnameseResidentsCalendarEntrySpeaksVietnamese() {
        Request request = TestRequests.interpretation("citizen:lan", LanguageTag.of("ja"), LanguageTag.of("vi"));
        request.accept("emily", Instant.parse("2026-11-24T01:00:00Z"));
        request.interpreting().schedule("emily", "tanaka", Instant.parse("2026-11-24T02:00:00Z"));

        Wording wording = Wording.of(request, MailTexts.messagesFor(LanguageTag.of("vi")));

        assertThat(wording.summary()).isEqualTo("Phiên dịch ja → vi (" + request.number().value() + ")");
        assertThat(wording.description()).isEqualTo(
                "Phiên dịch viên: tanaka. Hình thức: consecutive. Người nghe: Napier delegation.");
    }
}
