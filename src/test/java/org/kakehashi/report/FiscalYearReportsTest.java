package org.kakehashi.report;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.directory.Department;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.quality.FindingKind;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.report.FiscalYearReport.ClosureRow;
import org.kakehashi.report.FiscalYearReport.DepartmentRow;
import org.kakehashi.report.FiscalYearReport.MonthRow;
import org.kakehashi.report.FiscalYearReport.TypeRow;
import org.kakehashi.report.ReportQueries.DayCount;
import org.kakehashi.report.ReportQueries.Fact;
import org.kakehashi.report.ReportQueries.PairVolume;
import org.kakehashi.request.EasyJapaneseAnswer;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.RequestType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FiscalYearReportsTest {

    private static final FiscalYear REIWA_8 = new FiscalYear(2026);
    private static final List<Department> DEPARTMENTS = List.of(
            new Department("sougou-fukushi", "総合福祉課", "Social Welfare Division", "0144-32-6111"),
            new Department("gyousei-kanri", "行政管理課", "Administrative Management Division", "0144-32-6222"));
    private static final ReportQueries.Turnaround NONE_DELIVERED = new ReportQueries.Turnaround(0, null, null);

    /**
     * 18 requests received in 令和8年度: 9 delivered or reported, 4 still open, 3 turned down, 1 lapsed, 1 withdrawn;
     * 3 interpretations took place in 6.5 hours (a fourth is booked, not yet held).
     */
    private static final List<Fact> YEAR = List.of(
            new Fact("sougou-fukushi", RequestType.TRANSLATION, RequestStatus.DELIVERED, null, 6, 0),
            new Fact("sougou-fukushi", RequestType.TRANSLATION, RequestStatus.IN_PROGRESS, null, 2, 0),
            new Fact("sougou-fukushi", RequestType.CHECKING, RequestStatus.DELIVERED, null, 1, 0),
            new Fact("sougou-fukushi", RequestType.TRANSLATION, RequestStatus.CANCELLED, null, 1, 0),
            new Fact("gyousei-kanri", RequestType.INTERPRETATION, RequestStatus.REPORTED, null, 2, 300),
            new Fact("gyousei-kanri", RequestType.INTERPRETATION, RequestStatus.HELD, null, 1, 90),
            new Fact("gyousei-kanri", RequestType.INTERPRETATION, RequestStatus.SCHEDULED, null, 1, 120),
            new Fact(null, RequestType.TRANSLATION, RequestStatus.REJECTED, "refused-topic", 2, 0),
            new Fact(null, RequestType.TRANSLATION, RequestStatus.LAPSED, null, 1, 0),
            new Fact("kyouiku-soumu", RequestType.TRANSLATION, RequestStatus.REJECTED, "refused-topic", 1, 0));

    private static FiscalYearReport reportOf(List<Fact> facts, Messages messages) {
        return FiscalYearReports.rollUp(REIWA_8, messages, DEPARTMENTS, facts, List.of(), NONE_DELIVERED, 0,
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void theFiscalYearReiwa8RunsFromAprilFirst2026ToMarch31st2027InTwelveMonths() {
        FiscalYearReport report = reportOf(List.of(), Messages.of(Messages.JAPANESE));

        assertThat(report.label()).isEqualTo("令和8年度");
        assertThat(report.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(report.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(report.months()).extracting(MonthRow::month)
                .containsExactly("2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10",
                        "2026-11", "2026-12", "2027-01", "2027-02", "2027-03");
        assertThat(report.months()).allSatisfy(month -> {
            assertThat(month.received()).isZero();
            assertThat(month.delivered()).isZero();
        });
        assertThat(reportOf(List.of(), Messages.of(Messages.ENGLISH)).label()).isEqualTo("FY2026");
    }

    @Test
    void theTotalsCountEveryRequestReceivedOnceByHowItStands() {
        FiscalYearReport.Totals totals = reportOf(YEAR, Messages.of(Messages.JAPANESE)).totals();

        assertThat(totals.received()).isEqualTo(18);
        assertThat(totals.delivered()).as("delivered translations and reported interpretations").isEqualTo(9);
        assertThat(totals.open()).as("in progress, booked and held").isEqualTo(4);
        assertThat(totals.rejected()).isEqualTo(3);
        assertThat(totals.lapsed()).isEqualTo(1);
        assertThat(totals.cancelled()).isEqualTo(1);
        assertThat(totals.received()).isEqualTo(totals.delivered() + totals.open() + totals.rejected()
                + totals.lapsed() + totals.cancelled());
    }

    @Test
    void theShareOfShortLeadTimesIsAPercentageToOneDecimal() {
        FiscalYearReport report = FiscalYearReports.rollUp(REIWA_8, Messages.of(Messages.JAPANESE), DEPARTMENTS,
                YEAR, List.of(), NONE_DELIVERED, 3, List.of(), List.of(), List.of(), List.of());

        assertThat(report.totals().shortLeadTime()).isEqualTo(3);
        assertThat(report.totals().shortLeadTimeShare()).as("3 of 18").isEqualTo(16.7);
        assertThat(reportOf(List.of(), Messages.of(Messages.JAPANESE)).totals().shortLeadTimeShare())
                .as("no requests, no share").isZero();
    }

    @Test
    void eachDepartmentCountsItsRequestsByTypeLargestFirstWithCitizensAsOne() {
        List<DepartmentRow> departments = reportOf(YEAR, Messages.of(Messages.JAPANESE)).departments();

        assertThat(departments).containsExactly(
                new DepartmentRow("sougou-fukushi", "総合福祉課", 9, 1, 0, 10),
                new DepartmentRow("gyousei-kanri", "行政管理課", 0, 0, 4, 4),
                new DepartmentRow("citizens", "市民（公開フォーム）", 3, 0, 0, 3),
                new DepartmentRow("kyouiku-soumu", "kyouiku-soumu", 1, 0, 0, 1));
    }

    @Test
    void departmentsAreNamedInTheReadersLanguage() {
        List<DepartmentRow> departments = reportOf(YEAR, Messages.of(Messages.ENGLISH)).departments();

        assertThat(departments).extracting(DepartmentRow::name).containsExactly("Social Welfare Division",
                "Administrative Management Division", "Citizens (public form)", "kyouiku-soumu");
    }

    @Test
    void everyTypeOfRequestHasItsRowEvenWithoutRequests() {
        assertThat(reportOf(YEAR, Messages.of(Messages.JAPANESE)).types()).containsExactly(
                new TypeRow("TRANSLATION", "翻訳", 13), new TypeRow("CHECKING", "翻訳チェック", 1),
                new TypeRow("INTERPRETATION", "通訳", 4));
        assertThat(reportOf(List.of(), Messages.of(Messages.JAPANESE)).types()).extracting(TypeRow::requests)
                .containsExactly(0L, 0L, 0L);
    }

    @Test
    void interpretingCountsOnlyTheEventsThatTookPlaceAndTheirHours() {
        FiscalYearReport.Interpreting interpreting = reportOf(YEAR, Messages.of(Messages.JAPANESE)).interpreting();

        assertThat(interpreting.events()).isEqualTo(3);
        assertThat(interpreting.hours()).as("300 + 90 minutes").isEqualTo(6.5);
    }

    @Test
    void requestsClosedUndeliveredAreCountedByWhyMostFirst() {
        List<ClosureRow> closures = reportOf(YEAR, Messages.of(Messages.JAPANESE)).closures();

        assertThat(closures).first().isEqualTo(new ClosureRow("REJECTED", "refused-topic",
                "宗教・政治・営利目的の文書は翻訳をお受けしていません。", 3));
        assertThat(closures).extracting(ClosureRow::status, ClosureRow::reason, ClosureRow::requests)
                .containsExactlyInAnyOrder(tuple("REJECTED", "refused-topic", 3L), tuple("LAPSED", null, 1L),
                        tuple("CANCELLED", null, 1L));
    }

    @Test
    void receiptsAndDeliveriesOfEachDayAddUpInTheirMonth() {
        List<DayCount> received = List.of(new DayCount(LocalDate.of(2026, 4, 1), 3),
                new DayCount(LocalDate.of(2026, 4, 30), 2), new DayCount(LocalDate.of(2026, 5, 15), 1),
                new DayCount(LocalDate.of(2027, 3, 31), 4));
        List<DayCount> delivered = List.of(new DayCount(LocalDate.of(2026, 4, 30), 1),
                new DayCount(LocalDate.of(2027, 3, 1), 1), new DayCount(LocalDate.of(2027, 3, 31), 1));

        List<MonthRow> months = FiscalYearReports.rollUp(REIWA_8, Messages.of(Messages.JAPANESE), DEPARTMENTS,
                List.of(), List.of(), NONE_DELIVERED, 0, received, delivered, List.of(), List.of()).months();

        assertThat(months).first().isEqualTo(new MonthRow("2026-04", "2026年4月", 5, 1));
        assertThat(months.get(1)).isEqualTo(new MonthRow("2026-05", "2026年5月", 1, 0));
        assertThat(months).last().isEqualTo(new MonthRow("2027-03", "2027年3月", 4, 2));
        assertThat(months.subList(2, 11)).allSatisfy(month -> assertThat(month.received()).isZero());
    }

    @Test
    void businessDaysToDeliveryAreRoundedToOneDecimal() {
        FiscalYearReport.Turnaround turnaround = FiscalYearReports.rollUp(REIWA_8, Messages.of(Messages.JAPANESE),
                DEPARTMENTS, YEAR, List.of(), new ReportQueries.Turnaround(9, 4.26, 8.04), 0, List.of(), List.of(),
                List.of(), List.of())
                .turnaround();

        assertThat(turnaround).isEqualTo(new FiscalYearReport.Turnaround(9, 4.3, 8.0));
        assertThat(reportOf(List.of(), Messages.of(Messages.JAPANESE)).turnaround())
                .as("nothing delivered has no median").isEqualTo(new FiscalYearReport.Turnaround(0, null, null));
    }

    @Test
    void eachLanguagePairSaysWhatShareOfItsDeliveredVolumeCameFromMemory() {
        LanguageTag ja = LanguageTag.of("ja");
        // 1,000 characters delivered into English, of which the memory held 425 (exact or fuzzy): 42.5 %
        List<PairVolume> pairs = List.of(new PairVolume(ja, LanguageTag.of("en"), 2, 2, 1_000, 0, 1_000, 425, 0),
                new PairVolume(ja, LanguageTag.of("vi"), 1, 0, 0, 0, 0, 0, 0));

        FiscalYearReport report = FiscalYearReports.rollUp(REIWA_8, Messages.of(Messages.JAPANESE), DEPARTMENTS,
                YEAR, pairs, NONE_DELIVERED, 0, List.of(), List.of(), List.of(), List.of());

        assertThat(report.languagePairs()).extracting(FiscalYearReport.PairRow::target,
                        FiscalYearReport.PairRow::fromMemoryShare)
                .containsExactly(tuple("en", 42.5), tuple("vi", null));
        assertThat(report.tables()).filteredOn(table -> table.name().equals("language-pairs")).singleElement()
                .satisfies(table -> assertThat(table.rows().get(0).get(5)).isEqualTo("42.5%"));
    }

    @Test
    void theChecksFindingsAreCountedByKindWithThoseKeptWithAReason() {
        FiscalYearReport report = FiscalYearReports.rollUp(REIWA_8, Messages.of(Messages.ENGLISH), DEPARTMENTS,
                YEAR, List.of(), NONE_DELIVERED, 0, List.of(), List.of(),
                List.of(new ReportQueries.FindingCount(FindingKind.PREFERRED_TERM, 4, 1),
                        new ReportQueries.FindingCount(FindingKind.NUMBER, 7, 0)), List.of());

        assertThat(report.checks()).containsExactly(
                new FiscalYearReport.CheckRow("NUMBER", "Number changed or missing", 7, 0),
                new FiscalYearReport.CheckRow("PREFERRED_TERM", "Termbase term not used", 4, 1));
        assertThat(report.tables()).filteredOn(table -> table.name().equals("checks")).singleElement()
                .satisfies(table -> assertThat(table.rows()).containsExactly(
                        List.of("Number changed or missing", 7L, 0L), List.of("Termbase term not used", 4L, 1L)));
    }

    @Test
    void languagePairsAreListedMostJobsFirst() {
        LanguageTag ja = LanguageTag.of("ja");
        List<PairVolume> pairs = List.of(new PairVolume(ja, LanguageTag.of("en"), 5, 4, 3_000, 0, 0, 0, 0),
                new PairVolume(ja, LanguageTag.of("vi"), 7, 5, 4_000, 0, 0, 0, 0),
                new PairVolume(ja, LanguageTag.of("zh-Hans"), 2, 2, 900, 0, 0, 0, 0));

        FiscalYearReport report = FiscalYearReports.rollUp(REIWA_8, Messages.of(Messages.JAPANESE), DEPARTMENTS,
                YEAR, pairs, NONE_DELIVERED, 0, List.of(), List.of(), List.of(), List.of());

        assertThat(report.languagePairs()).extracting(FiscalYearReport.PairRow::target, FiscalYearReport.PairRow::jobs)
                .containsExactly(tuple("vi", 7L), tuple("en", 5L), tuple("zh-Hans", 2L));
    }

    @Test
    void theEasyJapaneseAnswersAreCountedByAnswerAndReasonMostFirst() {
        FiscalYearReport report = FiscalYearReports.rollUp(REIWA_8, Messages.of(Messages.JAPANESE), DEPARTMENTS,
                List.of(), List.of(), NONE_DELIVERED, 0, List.of(), List.of(), List.of(), List.of(
                        new ReportQueries.EasyJapaneseCount(true, null, 5),
                        new ReportQueries.EasyJapaneseCount(false, EasyJapaneseAnswer.Reason.NOT_FOR_RESIDENTS, 7),
                        new ReportQueries.EasyJapaneseCount(false, EasyJapaneseAnswer.Reason.FIXED_WORDING, 2),
                        new ReportQueries.EasyJapaneseCount(null, null, 11)));

        assertThat(report.easyJapanese()).extracting(FiscalYearReport.EasyJapaneseRow::name,
                        FiscalYearReport.EasyJapaneseRow::requests)
                .containsExactly(tuple("未回答", 11L), tuple("不要（読み手が住民ではない）", 7L), tuple("必要", 5L),
                        tuple("不要（文言を変えられない）", 2L));
        assertThat(report.tables()).extracting(ReportTable::name).contains("easy-japanese");
    }
}
