package org.kakehashi.calendar;

import org.junit.jupiter.api.Test;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.OfficeHours;
import org.kakehashi.directory.Partner;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When mail to a partner goes out, decided at a fixed moment of the city's clock. Every expected instant is worked
 * out by hand in the comment above it: Japan is UTC+9 all year; New Zealand is NZDT (UTC+13) from the last Sunday
 * of September to the first Sunday of April, else NZST (UTC+12); China is CST (UTC+8) all year.
 */
class PartnerSendingTimesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final Partner NAPIER = new Partner("napier", "Napier City Council", LanguageTag.of("en-NZ"),
            AUCKLAND);
    private static final Partner QINHUANGDAO = new Partner("qinhuangdao", "秦皇岛市外事办公室", LanguageTag.of("zh-CN"),
            SHANGHAI);

    /** The decision as the server takes it, at that moment of the city (Japan) clock, with no setting changed. */
    private static PartnerSendingTimes at(String tokyoDateTime) {
        return at(tokyoDateTime, Map.of());
    }

    private static PartnerSendingTimes at(String tokyoDateTime, Map<String, String> administratorSet) {
        Clock clock = Clock.fixed(LocalDateTime.parse(tokyoDateTime).atZone(TOKYO).toInstant(), TOKYO);
        Directory directory = new Directory() {
            @Override
            public Optional<Partner> partner(String code) {
                return Set.of(NAPIER, QINHUANGDAO).stream().filter(p -> p.code().equals(code)).findFirst();
            }
        };
        return new PartnerSendingTimes(directory, new PartnerCalendars(), settings(administratorSet), clock);
    }

    private static OfficeSettings settings(Map<String, String> stored) {
        return new OfficeSettings() {
            @Override
            protected Map<String, String> stored() {
                return stored;
            }
        };
    }

    @Test
    void aDeliveryOnSaturdayWaitangiDay2027WaitsForTuesdayNineInNapier() {
        // Sat 6 Feb 2027 10:00 JST = 01:00Z = 14:00 NZDT Sat 6 Feb (Waitangi Day, on a Saturday).
        // Sun 7 Feb: weekend. Mon 8 Feb: Waitangi Day Mondayised (Holidays Act 2003 s 45A). Tue 9 Feb: working.
        // Tue 9 Feb 09:00 NZDT = Mon 8 Feb 20:00Z = Tue 9 Feb 05:00 JST.
        ZonedDateTime sent = at("2027-02-06T10:00").nextOfficeHour(NAPIER);

        assertThat(sent.getZone()).isEqualTo(AUCKLAND);
        assertThat(sent.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-02-09T09:00"));
        assertThat(sent.toInstant()).isEqualTo(Instant.parse("2027-02-08T20:00:00Z"));
    }

    @Test
    void aDeliveryOnTheMondayisedWaitangiDayWaitsForTuesdayToo() {
        // Mon 8 Feb 2027 10:00 JST = 01:00Z = 14:00 NZDT Mon 8 Feb: the Mondayised holiday, within the hours but
        // closed. Next working day Tue 9 Feb, 09:00 NZDT = Mon 8 Feb 20:00Z.
        assertThat(at("2027-02-08T10:00").nextOfficeHour("napier").orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2027-02-08T20:00:00Z"));
    }

    @Test
    void fridayHalfPastFourInNapierGoesOutAtOnce() {
        // Fri 12 Feb 2027 12:30 JST = 03:30Z = 16:30 NZDT Fri 12 Feb: a working day, before 17:00 closing. Now.
        ZonedDateTime sent = at("2027-02-12T12:30").nextOfficeHour(NAPIER);

        assertThat(sent.toInstant()).isEqualTo(Instant.parse("2027-02-12T03:30:00Z"));
        assertThat(sent.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-02-12T16:30"));
    }

    @Test
    void fridayFiveOClockInNapierIsClosedAndWaitsForMonday() {
        // Fri 12 Feb 2027 13:00 JST = 04:00Z = 17:00 NZDT: closing time, closed (open up to, not including, 17:00).
        // Sat 13, Sun 14: weekend. Mon 15 Feb 09:00 NZDT = Sun 14 Feb 20:00Z.
        assertThat(at("2027-02-12T13:00").nextOfficeHour(NAPIER).toInstant())
                .isEqualTo(Instant.parse("2027-02-14T20:00:00Z"));
    }

    @Test
    void christmasEve2027AfterClosingWaitsPastTheMondayisedChristmasAndBoxingDay() {
        // Fri 24 Dec 2027 13:30 JST = 04:30Z = 17:30 NZDT Fri 24 Dec, after closing.
        // Sat 25 (Christmas), Sun 26 (Boxing Day): weekend. Christmas Mondayised to Mon 27, Boxing Day to Tue 28.
        // Wed 29 Dec 09:00 NZDT = Tue 28 Dec 20:00Z.
        assertThat(at("2027-12-24T13:30").nextOfficeHour(NAPIER).toInstant())
                .isEqualTo(Instant.parse("2027-12-28T20:00:00Z"));
    }

    @Test
    void newYearsEve2027AfterClosingWaitsForWednesdayTheFifth() {
        // Fri 31 Dec 2027 13:00 JST = 04:00Z = 17:00 NZDT, closing time.
        // Sat 1 Jan 2028 (New Year's Day), Sun 2 (the day after): weekend; Mondayised to Mon 3 and Tue 4 Jan.
        // Wed 5 Jan 2028 09:00 NZDT = Tue 4 Jan 20:00Z.
        assertThat(at("2027-12-31T13:00").nextOfficeHour(NAPIER).toInstant())
                .isEqualTo(Instant.parse("2028-01-04T20:00:00Z"));
    }

    @Test
    void qinhuangdaoWaitsOutSpringFestival2026AfterWorkingTheAdjustedSaturday() {
        // Fri 13 Feb 2026 19:00 JST = 10:00Z = 18:00 CST, after closing. Sat 14 Feb is a worked day (调休 of the
        // 2026 notice): 09:00 CST Sat 14 Feb = 01:00Z.
        assertThat(at("2026-02-13T19:00").nextOfficeHour(QINHUANGDAO).toInstant())
                .isEqualTo(Instant.parse("2026-02-14T01:00:00Z"));
        // Sat 14 Feb 2026 19:00 JST = 18:00 CST, after closing. 15–23 Feb: 春节 (9 days). Tue 24 Feb 09:00 CST =
        // 01:00Z.
        assertThat(at("2026-02-14T19:00").nextOfficeHour(QINHUANGDAO).toInstant())
                .isEqualTo(Instant.parse("2026-02-24T01:00:00Z"));
    }

    @Test
    void qinhuangdaoWaitsOutTheMayDayGoldenWeek2026() {
        // Thu 30 Apr 2026 19:00 JST = 18:00 CST, after closing. 1–5 May: 劳动节 (2026 notice). Wed 6 May 09:00 CST
        // = 01:00Z = 10:00 JST.
        assertThat(at("2026-04-30T19:00").nextOfficeHour(QINHUANGDAO).toInstant())
                .isEqualTo(Instant.parse("2026-05-06T01:00:00Z"));
    }

    @Test
    void withoutThe2027NoticeSpringFestival2027IsNotKnownAndTheMailGoesOutOnItsMonday() {
        // China's lunar holidays are announced days only (CountryHolidays): until the calendar file has the 2027
        // notice, Mon 8 Feb 2027 (春节 week, 正月初二) counts as a working day. Fri 5 Feb 2027 19:00 JST = 18:00 CST,
        // after closing; Sat 6, Sun 7: weekend; Mon 8 Feb 09:00 CST = 01:00Z. The office adds the notice each year
        // (PartnerOfficeHours.knowsHolidaysOf tells it is missing).
        PartnerSendingTimes times = at("2027-02-05T19:00");

        assertThat(times.nextOfficeHour(QINHUANGDAO).toInstant()).isEqualTo(Instant.parse("2027-02-08T01:00:00Z"));
        assertThat(times.officeHours(QINHUANGDAO).knowsHolidaysOf(2027)).isFalse();
    }

    @Test
    void theOfficesSettingGivesTheHoursOfAPartnerWhoseOwnTheDirectoryDoesNotGive() {
        // setting 08:00-16:00. Wed 10 Feb 2027 04:30 JST = Tue 9 Feb 19:30Z = 08:30 NZDT Wed 10 Feb: open by the
        // setting (not by the default 09:00), so now.
        PartnerSendingTimes times = at("2027-02-10T04:30",
                Map.of(Setting.PARTNER_OFFICE_HOURS.settingName(), "08:00-16:00"));

        assertThat(times.officeHours(NAPIER).hours()).isEqualTo(new OfficeHours(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        assertThat(times.nextOfficeHour(NAPIER).toInstant()).isEqualTo(Instant.parse("2027-02-09T19:30:00Z"));
        // by default, the same moment waits for 09:00 NZDT Wed 10 Feb = Tue 9 Feb 20:00Z
        assertThat(at("2027-02-10T04:30").nextOfficeHour(NAPIER).toInstant())
                .isEqualTo(Instant.parse("2027-02-09T20:00:00Z"));
    }

    @Test
    void theDirectorysHoursWinOverTheSetting() {
        Partner late = new Partner("napier", "Napier City Council", LanguageTag.of("en-NZ"), AUCKLAND);
        late.describe(late.name(), "NZ", late.language(), Set.of(), AUCKLAND,
                new OfficeHours(LocalTime.of(10, 0), LocalTime.of(18, 0)));
        PartnerSendingTimes times = at("2027-02-10T04:30",
                Map.of(Setting.PARTNER_OFFICE_HOURS.settingName(), "08:00-16:00"));
        // Wed 10 Feb 2027 08:30 NZDT; the directory's 10:00 opening: 10:00 NZDT = Tue 9 Feb 21:00Z
        assertThat(times.nextOfficeHour(late).toInstant()).isEqualTo(Instant.parse("2027-02-09T21:00:00Z"));
    }

    @Test
    void aPartnerTheDirectoryDoesNotKnowHasNoOfficeHour() {
        assertThat(at("2027-02-10T04:30").nextOfficeHour("atlantis")).isEmpty();
    }
}
