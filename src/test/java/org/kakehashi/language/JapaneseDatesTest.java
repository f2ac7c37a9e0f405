package org.kakehashi.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.calendar.FiscalYear;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class JapaneseDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2019-04-30, 平成31年4月30日, H31.04.30, 30 April 2019",
            "2019-05-01, 令和元年5月1日,  R01.05.01, 1 May 2019",
            "2020-01-01, 令和2年1月1日,   R02.01.01, 1 January 2020",
            "2026-04-01, 令和8年4月1日,   R08.04.01, 1 April 2026",
            "1989-01-07, 昭和64年1月7日,  S64.01.07, 7 January 1989",
            "1989-01-08, 平成元年1月8日,  H01.01.08, 8 January 1989"})
    void datesAreWrittenInTheEraOfTheDay(LocalDate date, String japanese, String jisX0301, String english) {
        assertThat(JapaneseDates.japanese(date)).isEqualTo(japanese);
        assertThat(JapaneseDates.jisX0301(date)).isEqualTo(jisX0301);
        assertThat(JapaneseDates.english(date)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({
            "2019-03-31, 平成30年度, FY2018", "2019-04-01, 令和元年度, FY2019",
            "2020-03-31, 令和元年度, FY2019", "2020-04-01, 令和2年度,  FY2020",
            "2021-03-31, 令和2年度,  FY2020", "2021-04-01, 令和3年度,  FY2021",
            "2022-03-31, 令和3年度,  FY2021", "2022-04-01, 令和4年度,  FY2022",
            "2023-03-31, 令和4年度,  FY2022", "2023-04-01, 令和5年度,  FY2023",
            "2024-03-31, 令和5年度,  FY2023", "2024-04-01, 令和6年度,  FY2024",
            "2025-03-31, 令和6年度,  FY2024", "2025-04-01, 令和7年度,  FY2025",
            "2026-03-31, 令和7年度,  FY2025", "2026-04-01, 令和8年度,  FY2026",
            "2027-03-31, 令和8年度,  FY2026", "2027-04-01, 令和9年度,  FY2027"})
    void fiscalYearsChangeNameOnTheFirstOfApril(LocalDate date, String japanese, String english) {
        FiscalYear fiscalYear = FiscalYear.of(date);

        assertThat(JapaneseDates.japaneseFiscalYear(fiscalYear)).isEqualTo(japanese);
        assertThat(JapaneseDates.englishFiscalYear(fiscalYear)).isEqualTo(english);
    }

    @Test
    void theFiscalYearOfAnEraChangeTakesTheNameItsCalendarYearEndedWith() {
        // FY2019 began on 平成31年4月1日; FY1988 ended in 平成元年 (1989-03-31) but is 昭和63年度
        assertThat(JapaneseDates.japaneseFiscalYear(new FiscalYear(2019))).isEqualTo("令和元年度");
        assertThat(JapaneseDates.japaneseFiscalYear(new FiscalYear(1988))).isEqualTo("昭和63年度");
        assertThat(JapaneseDates.japaneseFiscalYear(new FiscalYear(1989))).isEqualTo("平成元年度");
    }
}
