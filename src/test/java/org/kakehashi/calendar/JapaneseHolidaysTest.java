package org.kakehashi.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Expected dates from the Cabinet Office's list of national holidays (内閣府「国民の祝日」について). */
class JapaneseHolidaysTest {

    private final JapaneseHolidays holidays = JapaneseHolidays.byLaw();

    private static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void theHolidaysOf2026AreTheCabinetOfficesList() {
        assertThat(holidays.holidaysOf(2026)).extracting(Holiday::date).containsExactlyElementsOf(dates(
                "2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23", "2026-03-20", "2026-04-29", "2026-05-03",
                "2026-05-04", "2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11", "2026-09-21", "2026-09-22",
                "2026-09-23", "2026-10-12", "2026-11-03", "2026-11-23"));
    }

    @Test
    void theHolidaysOf2027AreTheCabinetOfficesList() {
        assertThat(holidays.holidaysOf(2027)).extracting(Holiday::date).containsExactlyElementsOf(dates(
                "2027-01-01", "2027-01-11", "2027-02-11", "2027-02-23", "2027-03-21", "2027-03-22", "2027-04-29",
                "2027-05-03", "2027-05-04", "2027-05-05", "2027-07-19", "2027-08-11", "2027-09-20", "2027-09-23",
                "2027-10-11", "2027-11-03", "2027-11-23"));
    }

    @Test
    void constitutionDayOnASundayGivesASubstituteHolidayAfterGoldenWeek() {
        assertThat(holidays.holiday(LocalDate.of(2026, 5, 6))).get()
                .extracting(Holiday::nameJa).isEqualTo("振替休日");
    }

    @Test
    void aWeekdayBetweenRespectForTheAgedDayAndTheEquinoxIsACitizensHoliday() {
        assertThat(holidays.holiday(LocalDate.of(2026, 9, 22))).get()
                .extracting(Holiday::nameJa, Holiday::nameEn).containsExactly("国民の休日", "Citizens' Holiday");
    }

    @Test
    void theEquinoxDaysFollowTheObservatorysDates() {
        assertThat(holidays.holiday(LocalDate.of(2026, 3, 20))).get().extracting(Holiday::nameJa).isEqualTo("春分の日");
        assertThat(holidays.holiday(LocalDate.of(2026, 9, 23))).get().extracting(Holiday::nameJa).isEqualTo("秋分の日");
        assertThat(holidays.holiday(LocalDate.of(2024, 9, 22))).get().extracting(Holiday::nameJa).isEqualTo("秋分の日");
    }

    @Test
    void theOlympicYearsMovedMarineSportsAndMountainDay() {
        assertThat(holidays.holidaysOf(2020)).extracting(Holiday::date)
                .contains(LocalDate.of(2020, 7, 23), LocalDate.of(2020, 7, 24), LocalDate.of(2020, 8, 10))
                .doesNotContain(LocalDate.of(2020, 7, 20), LocalDate.of(2020, 8, 11), LocalDate.of(2020, 10, 12));
        assertThat(holidays.holidaysOf(2021)).extracting(Holiday::date)
                .contains(LocalDate.of(2021, 7, 22), LocalDate.of(2021, 7, 23), LocalDate.of(2021, 8, 8),
                        LocalDate.of(2021, 8, 9))
                .doesNotContain(LocalDate.of(2021, 7, 19), LocalDate.of(2021, 8, 11), LocalDate.of(2021, 10, 11));
    }

    @Test
    void yearsOutsideTheKnownRangeAreRefused() {
        assertThatThrownBy(() -> holidays.holidaysOf(2019)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> holidays.holidaysOf(2100)).isInstanceOf(IllegalArgumentException.class);
    }
}
