package org.kakehashi.report;

import org.kakehashi.platform.problem.Messages;
import org.kakehashi.report.FiscalYearReport.ClosureRow;
import org.kakehashi.report.FiscalYearReport.EasyJapaneseRow;
import org.kakehashi.report.FiscalYearReport.DepartmentRow;
import org.kakehashi.report.FiscalYearReport.MonthRow;
import org.kakehashi.report.FiscalYearReport.CheckRow;
import org.kakehashi.report.FiscalYearReport.PairRow;
import org.kakehashi.report.FiscalYearReport.Totals;
import org.kakehashi.report.FiscalYearReport.TypeRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The report's figures as captioned tables with headings in the reader's language. */
final class ReportTables {

    private final Messages messages;

    ReportTables(Messages messages) {
        this.messages = messages;
    }

    ReportTable summary(Totals totals, FiscalYearReport.Interpreting interpreting,
                        FiscalYearReport.Turnaround turnaround) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(figure("received", totals.received()));
        rows.add(figure("delivered", totals.delivered()));
        rows.add(figure("open", totals.open()));
        rows.add(figure("rejected", totals.rejected()));
        rows.add(figure("lapsed", totals.lapsed()));
        rows.add(figure("cancelled", totals.cancelled()));
        rows.add(figure("short-lead-time", totals.shortLeadTime()));
        rows.add(figure("short-lead-time-share", totals.shortLeadTimeShare()));
        rows.add(figure("interpreting-events", interpreting.events()));
        rows.add(figure("interpreting-hours", Math.round(interpreting.hours() * 10) / 10.0));
        rows.add(figure("turnaround-median", turnaround.medianBusinessDays()));
        rows.add(figure("turnaround-p90", turnaround.percentile90BusinessDays()));
        return table("summary", List.of("figure", "value"), rows);
    }

    ReportTable departments(List<DepartmentRow> departments) {
        return table("departments", List.of("department", "translation", "checking", "interpretation", "total"),
                departments.stream().map(d -> row(d.name(), d.translation(), d.checking(), d.interpretation(),
                        d.total())).toList());
    }

    ReportTable types(List<TypeRow> types) {
        return table("types", List.of("type", "requests"),
                types.stream().map(t -> row(t.name(), t.requests())).toList());
    }

    ReportTable languagePairs(List<PairRow> pairs) {
        return table("language-pairs", List.of("language-pair", "jobs", "delivered", "characters", "words",
                        "from-memory", "machine-drafted"),
                pairs.stream().map(p -> row(p.name(), p.jobs(), p.delivered(), p.charactersTranslated(),
                        p.wordsTranslated(), p.fromMemoryShare() == null ? "—" : p.fromMemoryShare() + "%",
                        p.machineDrafted())).toList());
    }

    ReportTable checks(List<CheckRow> checks) {
        return table("checks", List.of("finding", "raised", "kept"),
                checks.stream().map(c -> row(c.name(), c.raised(), c.kept())).toList());
    }

    ReportTable easyJapanese(List<EasyJapaneseRow> answers) {
        return table("easy-japanese", List.of("answer", "requests"),
                answers.stream().map(a -> row(a.name(), a.requests())).toList());
    }

    ReportTable closures(List<ClosureRow> closures) {
        return table("closures", List.of("reason", "requests"),
                closures.stream().map(c -> row(c.name(), c.requests())).toList());
    }

    ReportTable months(List<MonthRow> months) {
        return table("months", List.of("month", "received", "delivered"),
                months.stream().map(m -> row(m.name(), m.received(), m.delivered())).toList());
    }

    private List<Object> figure(String name, Object value) {
        return row(messages.format("report.figure." + name), value);
    }

    private ReportTable table(String name, List<String> columns, List<List<Object>> rows) {
        return new ReportTable(name, messages.format("report.table." + name),
                columns.stream().map(c -> messages.format("report.column." + c)).toList(), rows);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
