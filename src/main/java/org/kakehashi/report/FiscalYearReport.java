package org.kakehashi.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office did in one fiscal year (年度), labelled for the reader. Every figure counts the requests
 * received in the year; {@code rules} says so, and how each figure is counted, in the reader's language.
 * {@code tables} are the same figures as text tables: the page shows them beside the charts and as CSV.
 */
public record FiscalYearReport(int fiscalYear, String label, LocalDate firstDay, LocalDate lastDay,
                               List<String> rules, Totals totals, List<DepartmentRow> departments,
                               List<TypeRow> types, List<PairRow> languagePairs, Interpreting interpreting,
                               Turnaround turnaround, List<ClosureRow> closures, List<MonthRow> months,
                               List<CheckRow> checks, List<EasyJapaneseRow> easyJapanese,
                               List<ReportTable> tables) {

    public record Totals(long received, long delivered, long open, long rejected, long lapsed, long cancelled,
                         long shortLeadTime, double shortLeadTimeShare) {
    }

    public record DepartmentRow(String department, String name, long translation, long checking,
                                long interpretation, long total) {
    }

    public record TypeRow(String type, String name, long requests) {
    }

    /**
     * @param fromMemoryShare the percentage of the delivered volume the memory held; null before any delivery
     * @param machineDrafted  the segments a machine drafted
     */
    public record PairRow(String source, String target, String name, long jobs, long delivered,
                          long charactersTranslated, long wordsTranslated, Double fromMemoryShare,
                          long machineDrafted) {
    }

    /** The quality checks' findings of one kind: raised, and kept with a reason. */
    public record CheckRow(String kind, String name, long raised, long kept) {
    }

    /** @param answer {@code WANTED}, {@code NOT_NEEDED} (with its {@code reason}) or {@code NOT_ASKED} */
    public record EasyJapaneseRow(String answer, String reason, String name, long requests) {
    }

    public record Interpreting(long events, double hours) {
    }

    public record Turnaround(long delivered, Double medianBusinessDays, Double percentile90BusinessDays) {
    }

    public record ClosureRow(String status, String reason, String name, long requests) {
    }

    public record MonthRow(String month, String name, long received, long delivered) {
    }
}
