package org.kakehashi.it;

import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.report.FiscalYearReport;
import org.kakehashi.report.FiscalYearReports;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The fiscal-year report over requests laid across the boundaries that matter: 1 April at 00:30 in Tokyo (still
 * 31 March in UTC), the last evening of March, Heisei 31 and Reiwa 1 (30 April and 1 May 2019), and Golden Week
 * 2020 for business days. FY2019 is checked inside the server, FY2020 over HTTP with its CSV.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsIT {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    /** Six characters by the counting rule (Japanese without spaces). */
    private static final String SIX_CHARACTERS = "市役所の窓口";
    /** Six words. */
    private static final String SIX_WORDS = "Garbage collection days change in April";

    @Inject
    ReportFixtures fixtures;
    @Inject
    FiscalYearReports reports;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void eachRequestCountsInTheFiscalYearOfItsDayOfReceiptInTokyoAcrossTheEraBoundary() {
        fixtures.forgetFiscalYears2019And2020();
        // FY2019 (令和元年度): 2019-04-01 … 2020-03-31
        fixtures.received("sougou-fukushi", SIX_CHARACTERS, LocalDateTime.of(2019, 4, 1, 0, 30));
        fixtures.rejected("gyousei-kanri", SIX_CHARACTERS, LocalDateTime.of(2019, 4, 30, 10, 0), "certified-translation");
        fixtures.lapsed("gyousei-kanri", SIX_CHARACTERS, LocalDateTime.of(2019, 5, 1, 10, 0));
        fixtures.interpreted("sougou-fukushi", LocalDateTime.of(2019, 6, 3, 9, 0), LocalDateTime.of(2019, 7, 10, 13, 0),
                LocalDateTime.of(2019, 7, 10, 16, 0));
        // 31 March 2020 at 23:30, delivered 7 April: 1, 2, 3, 6 and 7 April are five business days
        fixtures.delivered("sougou-fukushi", JA, EN, SIX_CHARACTERS, LocalDateTime.of(2020, 3, 31, 23, 30),
                LocalDateTime.of(2020, 4, 7, 15, 0), LocalDate.of(2020, 6, 30));
        // FY2020: 1 April 2020 at 00:10 in Tokyo, 31 March in UTC; 2 and 3 April are two business days
        fixtures.delivered("gyousei-kanri", EN, JA, SIX_WORDS, LocalDateTime.of(2020, 4, 1, 0, 10),
                LocalDateTime.of(2020, 4, 3, 17, 0), LocalDate.of(2020, 6, 30));
        // 28 April to 7 May 2020: Shōwa Day, the weekend, Constitution, Greenery and Children's Days and the
        // substitute holiday of 6 May leave 30 April, 1 May and 7 May; wanted two days after receipt: short lead
        fixtures.delivered("sougou-fukushi", JA, EN, SIX_CHARACTERS, LocalDateTime.of(2020, 4, 28, 10, 0),
                LocalDateTime.of(2020, 5, 7, 15, 0), LocalDate.of(2020, 4, 30));

        FiscalYearReport report = reports.report(new FiscalYear(2019), Messages.of(Locale.JAPANESE));

        assertEquals("令和元年度", report.label());
        assertEquals(new FiscalYearReport.Totals(5, 2, 1, 1, 1, 0, 0, 0.0), report.totals());
        assertEquals(List.of(
                new FiscalYearReport.DepartmentRow("sougou-fukushi", "総合福祉課", 2, 0, 1, 3),
                new FiscalYearReport.DepartmentRow("gyousei-kanri", "行政監理室", 2, 0, 0, 2)), report.departments());
        assertEquals(List.of(new FiscalYearReport.PairRow("ja", "en", "日本語 → 英語", 3, 1, 6, 0, null, 0)),
                report.languagePairs(), "the rejected and lapsed requests' jobs were dropped");
        assertEquals(new FiscalYearReport.Interpreting(1, 3.0), report.interpreting());
        assertEquals(new FiscalYearReport.Turnaround(1, 5.0, 5.0), report.turnaround());
        assertEquals(2, report.closures().size());
        assertEquals(List.of(2L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L),
                report.months().stream().map(FiscalYearReport.MonthRow::received).toList());
        assertEquals("2019年4月", report.months().get(0).name());
        assertEquals(12, report.months().size());
        assertNull(reports.report(new FiscalYear(2018), Messages.of(Locale.JAPANESE)).turnaround().medianBusinessDays(),
                "nothing was received in FY2018");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theNextFiscalYearsReportHasTheMedianAndNinetiethPercentileInBusinessDays() {
        JsonPath report = Api.as(base, "emily").call().header("Accept-Language", "en")
                .queryParam("year", 2020).get("reports/fiscal-year")
                .then().statusCode(200).body("label", equalTo("FY2020")).extract().jsonPath();

        assertThat(report.getLong("totals.received")).isEqualTo(2);
        assertThat(report.getLong("totals.delivered")).isEqualTo(2);
        assertThat(report.getDouble("totals.shortLeadTimeShare")).isEqualTo(50.0);
        // turnarounds of 2 and 3 business days: the median halfway, the 90th percentile nine tenths of the way
        assertThat(report.getDouble("turnaround.medianBusinessDays")).isEqualTo(2.5);
        assertThat(report.getDouble("turnaround.percentile90BusinessDays")).isEqualTo(2.9);
        assertThat(report.getList("languagePairs.name")).containsExactlyInAnyOrder("English → Japanese",
                "Japanese → English");
        assertThat(report.getLong("languagePairs.find { it.source == 'en' }.wordsTranslated")).isEqualTo(6);
        assertThat(report.getLong("languagePairs.find { it.source == 'ja' }.charactersTranslated")).isEqualTo(6);
        assertThat(report.getList("months.delivered", Integer.class).subList(0, 3)).containsExactly(2, 1, 0);
    }

    @Test
    @Order(3)
    @RunAsClient
    void eachTableDownloadsAsCsvThatExcelOnAJapaneseWindowsOpens() throws IOException {
        byte[] csv = Api.as(base, "emily").call().header("Accept-Language", "ja")
                .queryParam("year", 2020).get("reports/fiscal-year/months.csv")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("kakehashi-fy2020-months.csv"))
                .extract().asByteArray();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\n\n").doesNotMatch("(?s).*[^\r]\n.*");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0).values()).containsExactly("月", "受付", "納品済み");
        assertThat(rows.get(1).values()).containsExactly("2020年4月", "2", "2");
        assertThat(rows.get(2).values()).containsExactly("2020年5月", "0", "1");
        assertThat(rows.get(12).values()).containsExactly("2021年3月", "0", "0");
    }

    @Test
    @Order(4)
    @RunAsClient
    void onlyTheOfficeReadsReportsAndAYearOutOfRangeIsNamed() {
        Api.as(base, "sato").call().get("reports/fiscal-year").then().statusCode(403);
        Api.anonymous(base).get("reports/fiscal-year").then().statusCode(401);
        Api.as(base, "emily").call().header("Accept-Language", "en").queryParam("year", 1868)
                .get("reports/fiscal-year")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        Api.as(base, "emily").call().get("reports/fiscal-year/salaries.csv").then().statusCode(404);
    }
}
