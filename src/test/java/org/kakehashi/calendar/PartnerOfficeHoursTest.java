package org.kakehashi.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kakehashi.directory.OfficeHours;
import org.kakehashi.directory.Partner;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerOfficeHoursTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final PartnerCalendars calendars = new PartnerCalendars();

    /** Napier as the directory knows it: no country of its own, delivered to in en-NZ, no office hours set. */
    private static Partner napier() {
        return new Partner("napier", "Napier City Council", LanguageTag.of("en-NZ"), AUCKLAND);
    }

    private static Partner qinhuangdao() {
        Partner partner = new Partner("qinhuangdao", "秦皇岛市外事办公室", LanguageTag.of("zh-CN"), SHANGHAI);
        partner.describe(partner.name(), "CN", partner.language(), Set.of(), SHANGHAI, null);
        return partner;
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Set<LocalDate> dates(String... isoDates) {
        return new TreeSet<>(Stream.of(isoDates).map(LocalDate::parse).toList());
    }

    /**
     * New Zealand's public holidays as employment.govt.nz lists them (Employment New Zealand, "Public holidays and
     * anniversary dates", 2026 and 2027), written here by hand: Waitangi Day and Anzac Day Mondayised when they fall
     * on a weekend, Matariki by the Te Kāhui o Matariki Public Holiday Act 2022's schedule, King's Birthday the
     * first Monday of June, Labour Day the fourth Monday of October, Christmas and Boxing Day Mondayised.
     */
    @Nested
    class NewZealandHolidays {

        static final Set<LocalDate> NZ_2026 = dates(
                "2026-01-01", // New Year's Day, Thursday
                "2026-01-02", // Day after New Year's Day, Friday
                "2026-02-06", // Waitangi Day, Friday
                "2026-04-03", // Good Friday
                "2026-04-06", // Easter Monday
                "2026-04-27", // Anzac Day, Saturday 25 April, Mondayised
                "2026-06-01", // King's Birthday
                "2026-07-10", // Matariki
                "2026-10-26", // Labour Day
                "2026-12-25", // Christmas Day, Friday
                "2026-12-28"); // Boxing Day, Saturday 26 December, Mondayised

        static final Set<LocalDate> NZ_2027 = dates(
                "2027-01-01", // New Year's Day, Friday
                "2027-01-04", // Day after New Year's Day, Saturday 2 January, Mondayised
                "2027-02-08", // Waitangi Day, Saturday 6 February, Mondayised
                "2027-03-26", // Good Friday
                "2027-03-29", // Easter Monday
                "2027-04-26", // Anzac Day, Sunday 25 April, Mondayised
                "2027-06-07", // King's Birthday
                "2027-06-25", // Matariki
                "2027-10-25", // Labour Day
                "2027-12-27", // Christmas Day, Saturday, Mondayised
                "2027-12-28"); // Boxing Day, Sunday, to Tuesday

        @Test
        void theNationalHolidaysOf2026And2027AreThoseOfTheOfficialList() {
            CountryHolidays nz = CountryHolidays.of("NZ");

            assertThat(nz.in(2026)).containsExactlyElementsOf(NZ_2026);
            assertThat(nz.in(2027)).containsExactlyElementsOf(NZ_2027);
            assertThat(nz.coverage()).isEqualTo(CountryHolidays.Coverage.RULES);
        }

        @Test
        void hawkesBayAddsItsAnniversaryDayTheFridayBeforeLabourDay() {
            CountryHolidays hawkesBay = CountryHolidays.of("NZ", "NZ-HKB");

            assertThat(hawkesBay.in(2026)).containsExactlyElementsOf(union(NZ_2026, dates("2026-10-23")));
            assertThat(hawkesBay.in(2027)).containsExactlyElementsOf(union(NZ_2027, dates("2027-10-22")));
        }

        @Test
        void aMondayisedHolidayMeetingAnotherMovesOnToTuesday() {
            // employment.govt.nz, past years: 2022 Christmas Day (a Sunday) was kept on Tuesday 27 December, Boxing
            // Day on Monday 26; 2023 New Year's Day (a Sunday) on Tuesday 3 January, the day after on Monday 2.
            // Jollyday 2.19.0 alone puts both on the Monday.
            CountryHolidays nz = CountryHolidays.of("NZ");

            assertThat(nz.in(2022)).contains(LocalDate.parse("2022-12-26"), LocalDate.parse("2022-12-27"));
            assertThat(nz.in(2023)).contains(LocalDate.parse("2023-01-02"), LocalDate.parse("2023-01-03"));
            assertThat(nz.in(2033)).contains(LocalDate.parse("2033-12-26"), LocalDate.parse("2033-12-27"));
        }

        @Test
        void napiersRegionComesFromItsCalendarFile() {
            assertThat(calendars.region("napier")).contains("NZ-HKB");
            assertThat(calendars.officeHours(napier()).holidays()).isEqualTo(CountryHolidays.of("NZ", "NZ-HKB"));
        }

        @Test
        void aSubdivisionTheRulesDoNotKnowIsRefused() {
            assertThatThrownBy(() -> CountryHolidays.of("NZ", "NZ-XYZ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CountryHolidays.of("NZ", "AU-NSW")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CountryHolidays.of("CN", "CN-HE")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CountryHolidays.of("NZL")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * China: jollyday has no Chinese calendar; the State Council's yearly arrangement is announced in the calendar
     * file, and only the fixed-date statutory days are known by rule.
     */
    @Nested
    class ChinaHolidays {

        /**
         * 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025), written here by hand: the days off, and the
         * weekend days worked (调休).
         */
        static final Set<LocalDate> NOTICE_2026_CLOSED = union(
                range("2026-01-01", "2026-01-03"), // 元旦
                range("2026-02-15", "2026-02-23"), // 春节
                range("2026-04-04", "2026-04-06"), // 清明节
                range("2026-05-01", "2026-05-05"), // 劳动节
                range("2026-06-19", "2026-06-21"), // 端午节
                range("2026-09-25", "2026-09-27"), // 中秋节
                range("2026-10-01", "2026-10-07")); // 国庆节
        static final Set<LocalDate> NOTICE_2026_WORKED = dates(
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

        @Test
        void jollydayStillHasNoChineseCalendar() {
            // focus-shift/jollyday issue #1166: when a release adds one, CountryHolidays should use it
            assertThat(HolidayManager.getSupportedCalendarCodes()).doesNotContain("CN").contains("NZ", "HK");
            assertThat(CountryHolidays.of("CN").coverage()).isEqualTo(CountryHolidays.Coverage.PARTIAL);
        }

        @Test
        void qinhuangdaoKeepsThe2026NoticeDayForDay() {
            PartnerOfficeHours hours = calendars.officeHours(qinhuangdao());

            for (LocalDate day = LocalDate.parse("2026-01-01"); day.getYear() == 2026; day = day.plusDays(1)) {
                boolean working = NOTICE_2026_WORKED.contains(day)
                        || !CountryHolidays.isWeekend(day) && !NOTICE_2026_CLOSED.contains(day);
                assertThat(hours.isWorkingDay(day)).as(day.toString()).isEqualTo(working);
            }
            assertThat(hours.knowsHolidaysOf(2026)).isTrue();
        }

        @Test
        void theFixedDateDaysByRuleLieWithinThe2026Notice() {
            assertThat(CountryHolidays.of("CN").in(2026)).isSubsetOf(NOTICE_2026_CLOSED);
        }

        @Test
        void withoutANoticeFor2027OnlyTheFixedDateDaysAndTheirWorkdaysInLieuAreKnown() {
            // 全国年节及纪念日放假办法 art. 2 (1 January; 1–2 May; 1–3 October) and art. 6 (a holiday on a Saturday or
            // Sunday is made up on a workday): 1–2 May 2027 are a weekend, so 3–4 May; 2–3 October, so 4–5 October
            assertThat(CountryHolidays.of("CN").in(2027)).containsExactlyElementsOf(union(
                    dates("2027-01-01"), range("2027-05-01", "2027-05-04"), range("2027-10-01", "2027-10-05")));
            assertThat(calendars.officeHours(qinhuangdao()).knowsHolidaysOf(2027)).isFalse();
        }
    }

    @Nested
    class Sending {

        @Test
        void aDeliveryOnWaitangiDay2027WaitsPastItsMondayisedHolidayToTuesdayNineOClock() {
            PartnerOfficeHours napier = calendars.officeHours(napier());
            // Saturday 6 February 2027, 10:00 in Napier; Monday 8th is Waitangi Day Mondayised
            ZonedDateTime sent = napier.sendingTime(at(AUCKLAND, "2027-02-06T10:00"));

            assertThat(sent.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-02-09T09:00"));
            assertThat(sent.toInstant()).isEqualTo(Instant.parse("2027-02-08T20:00:00Z")); // NZDT, UTC+13
        }

        @Test
        void aDeliveryOnWaitangiDay2026AFridayWaitsForMonday() {
            PartnerOfficeHours napier = calendars.officeHours(napier());

            assertThat(napier.sendingTime(at(AUCKLAND, "2026-02-06T10:00")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-02-09T09:00"));
        }

        @Test
        void yearsBeyondTheCalendarFileFollowTheRules() {
            PartnerOfficeHours napier = calendars.officeHours(napier());
            // Friday 4 February 2028, 18:00; Waitangi Day, Sunday 6 February, is Mondayised to the 7th
            assertThat(napier.sendingTime(at(AUCKLAND, "2028-02-04T18:00")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2028-02-08T09:00"));
        }

        @Test
        void fridayEveningWaitsForMondayMorning() {
            PartnerOfficeHours napier = calendars.officeHours(napier());

            assertThat(napier.sendingTime(at(AUCKLAND, "2026-11-13T18:00")).toInstant())
                    .isEqualTo(Instant.parse("2026-11-15T20:00:00Z")); // Monday 16 November, 09:00 NZDT
        }

        @Test
        void fridayEveningBeforeKingsBirthdayWaitsForTuesday() {
            PartnerOfficeHours napier = calendars.officeHours(napier());
            // Friday 29 May 2026, 18:00; Monday 1 June is King's Birthday
            assertThat(napier.sendingTime(at(AUCKLAND, "2026-05-29T18:00")).toInstant())
                    .isEqualTo(Instant.parse("2026-06-01T21:00:00Z")); // Tuesday 2 June, 09:00 NZST, UTC+12
        }

        @Test
        void hawkesBayAnniversaryAndLabourDayCloseNapierFourDaysButNotTheRestOfTheCountry() {
            Instant thursdayEvening = at(AUCKLAND, "2026-10-22T18:00");

            assertThat(calendars.officeHours(napier()).sendingTime(thursdayEvening).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-10-27T09:00"));
            PartnerOfficeHours wellington = new PartnerOfficeHours(AUCKLAND, PartnerOfficeHours.DEFAULT_HOURS,
                    CountryHolidays.of("NZ"), Set.of(), Set.of());
            assertThat(wellington.sendingTime(thursdayEvening).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-10-23T09:00"));
        }

        @Test
        void withinOfficeHoursTheMailGoesOutAtOnceAndBeforeOpeningAtOpening() {
            PartnerOfficeHours napier = calendars.officeHours(napier());
            Instant wednesdayMorning = at(AUCKLAND, "2026-11-11T10:30");

            assertThat(napier.sendingTime(wednesdayMorning).toInstant()).isEqualTo(wednesdayMorning);
            assertThat(napier.sendingTime(at(AUCKLAND, "2026-11-11T07:00")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-11-11T09:00"));
            assertThat(napier.sendingTime(at(AUCKLAND, "2026-11-11T17:00")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-11-12T09:00"));
        }

        @Test
        void theDirectorysOfficeHoursWinOverTheDefault() {
            Partner early = napier();
            early.describe(early.name(), "NZ", early.language(), Set.of(), AUCKLAND,
                    new OfficeHours(LocalTime.of(8, 0), LocalTime.of(16, 30)));
            PartnerOfficeHours hours = calendars.officeHours(early);

            assertThat(hours.hours()).isEqualTo(new OfficeHours(LocalTime.of(8, 0), LocalTime.of(16, 30)));
            assertThat(hours.sendingTime(at(AUCKLAND, "2026-11-11T16:45")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-11-12T08:00"));
            assertThat(calendars.officeHours(napier()).hours()).isEqualTo(PartnerOfficeHours.DEFAULT_HOURS);
        }

        @Test
        void qinhuangdaoWaitsOutNationalDayWeekAndWorksTheAdjustedSaturday() {
            PartnerOfficeHours qinhuangdao = calendars.officeHours(qinhuangdao());

            assertThat(qinhuangdao.sendingTime(at(SHANGHAI, "2026-09-30T18:00")).toInstant())
                    .isEqualTo(Instant.parse("2026-10-08T01:00:00Z")); // Thursday 8 October, 09:00 CST
            assertThat(qinhuangdao.sendingTime(at(SHANGHAI, "2026-10-09T18:00")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-10-10T09:00")); // Saturday, worked (调休)
            assertThat(qinhuangdao.sendingTime(at(SHANGHAI, "2026-09-19T12:00")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-09-20T09:00")); // Sunday, worked
            // Thursday 8 October 2026, 10:00 in Japan is 09:00 in Qinhuangdao: at once
            Instant tokyoMorning = at(TOKYO, "2026-10-08T10:00");
            assertThat(qinhuangdao.sendingTime(tokyoMorning).toInstant()).isEqualTo(tokyoMorning);
        }

        @Test
        void qinhuangdaoIn2027BeforeItsNoticeKeepsTheStatutoryDaysOnly() {
            PartnerOfficeHours qinhuangdao = calendars.officeHours(qinhuangdao());
            // Thursday 30 September 2027: 1 October a holiday, 2–3 a weekend, 4–5 the workdays in lieu; the notice
            // for 2027, once in the calendar file, will likely close the whole week
            assertThat(qinhuangdao.sendingTime(at(SHANGHAI, "2027-09-30T18:00")).toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2027-10-06T09:00"));
        }

        @Test
        void theCountryComesFromTheDirectoryElseFromTheLanguagesRegion() {
            assertThat(PartnerOfficeHours.countryOf(napier())).contains("NZ");
            assertThat(PartnerOfficeHours.countryOf(qinhuangdao())).contains("CN");
            Partner unplaced = new Partner("somewhere", "Somewhere", LanguageTag.of("en"), AUCKLAND);
            assertThat(PartnerOfficeHours.countryOf(unplaced)).isEmpty();
            PartnerOfficeHours weekendsOnly = calendars.officeHours(unplaced);
            assertThat(weekendsOnly.holidays().coverage()).isEqualTo(CountryHolidays.Coverage.NONE);
            assertThat(weekendsOnly.isWorkingDay(LocalDate.parse("2026-12-25"))).isTrue();
            assertThat(weekendsOnly.knowsHolidaysOf(2026)).isFalse();
        }

        @Test
        void aJapanesePartnerKeepsJapansHolidaysByLawNotJollydays() {
            // 2026's citizens' holiday, 22 September, between 敬老の日 and 秋分の日: not in jollyday's Japan
            assertThat(CountryHolidays.of("JP").isHoliday(LocalDate.parse("2026-09-22"))).isTrue();
        }
    }

    /**
     * Instants as the city's server has them, in Japan's time (no daylight saving), reach Napier across New
     * Zealand's clock changes: NZDT (UTC+13) ends on the first Sunday of April (5 April 2026, 4 April 2027) and
     * starts on the last Sunday of September (27 September 2026).
     */
    @Nested
    class DaylightSaving {

        private final PartnerOfficeHours napier = calendars.officeHours(napier());

        @Test
        void beforeTheEndOfDaylightSavingFiveInTokyoIsNineInNapier() {
            Instant tokyo = at(TOKYO, "2026-04-02T05:00"); // Thursday 09:00 NZDT

            assertThat(napier.sendingTime(tokyo).toInstant()).isEqualTo(tokyo);
        }

        @Test
        void afterItFiveInTokyoIsEightInNapierAndTheMailWaitsAnHour() {
            ZonedDateTime sent = napier.sendingTime(at(TOKYO, "2026-04-09T05:00")); // Thursday 08:00 NZST

            assertThat(sent.toInstant()).isEqualTo(at(TOKYO, "2026-04-09T06:00"));
            assertThat(sent.getOffset().getTotalSeconds()).isEqualTo(12 * 3600);
        }

        @Test
        void easterAndTheClockChangeTogetherAcrossALongWeekend() {
            // Thursday 2 April 2026, 15:00 in Tokyo = 19:00 NZDT; Good Friday, the weekend the clocks go back,
            // Easter Monday: Tuesday 7 April 09:00 NZST, which is 06:00 in Tokyo
            ZonedDateTime sent = napier.sendingTime(at(TOKYO, "2026-04-02T15:00"));

            assertThat(sent.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-04-07T09:00"));
            assertThat(sent.toInstant()).isEqualTo(at(TOKYO, "2026-04-07T06:00"));
        }

        @Test
        void fridayAfterClosingBeforeDaylightSavingStartsWaitsForMondayInNzdt() {
            // Friday 25 September 2026, 14:00 in Tokyo = 17:00 NZST, closing time; Monday 28 09:00 NZDT = 05:00 Tokyo
            ZonedDateTime sent = napier.sendingTime(at(TOKYO, "2026-09-25T14:00"));

            assertThat(sent.toInstant()).isEqualTo(at(TOKYO, "2026-09-28T05:00"));
            assertThat(sent.getOffset().getTotalSeconds()).isEqualTo(13 * 3600);
            assertThat(napier.isOpen(at(TOKYO, "2026-09-28T05:00"))).isTrue();
            assertThat(napier.isOpen(at(TOKYO, "2026-09-25T05:00"))).isFalse(); // Friday 08:00 NZST
        }

        @Test
        void fridayEveningBeforeTheClocksGoBackIn2027() {
            // Friday 2 April 2027, 14:00 in Tokyo = 18:00 NZDT; Monday 5 April 09:00 NZST = 06:00 Tokyo
            assertThat(napier.sendingTime(at(TOKYO, "2027-04-02T14:00")).toInstant())
                    .isEqualTo(at(TOKYO, "2027-04-05T06:00"));
        }
    }

    @SafeVarargs
    private static Set<LocalDate> union(Set<LocalDate>... sets) {
        Set<LocalDate> all = new TreeSet<>();
        List.of(sets).forEach(all::addAll);
        return all;
    }

    private static Set<LocalDate> range(String first, String last) {
        return new TreeSet<>(LocalDate.parse(first).datesUntil(LocalDate.parse(last).plusDays(1)).toList());
    }
}
