package org.kakehashi.report;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.directory.Department;
import org.kakehashi.directory.Directory;
import org.kakehashi.language.JapaneseDates;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.report.FiscalYearReport.ClosureRow;
import org.kakehashi.report.FiscalYearReport.DepartmentRow;
import org.kakehashi.report.FiscalYearReport.MonthRow;
import org.kakehashi.report.FiscalYearReport.PairRow;
import org.kakehashi.report.FiscalYearReport.Totals;
import org.kakehashi.report.FiscalYearReport.TypeRow;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.RequestType;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The fiscal-year report, from the aggregate queries, labelled in the reader's language. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FiscalYearReports {

    private static final String CITIZENS = "citizens";

    @Inject
    ReportQueries queries;
    @Inject
    Directory directory;

    public FiscalYearReport report(FiscalYear year, Messages messages) {
        ULocale reader = ULocale.forLocale(messages.locale());
        boolean japanese = messages.locale().getLanguage().equals("ja");

        Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
        queries.byStatus(year).forEach(count -> byStatus.put(count.status(), count.requests()));
        long received = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long shortLeadTime = queries.shortLeadTime(year);
        Totals totals = new Totals(received,
                count(byStatus, RequestStatus.DELIVERED) + count(byStatus, RequestStatus.REPORTED),
                byStatus.entrySet().stream().filter(e -> !e.getKey().isClosed()).mapToLong(Map.Entry::getValue).sum(),
                count(byStatus, RequestStatus.REJECTED), count(byStatus, RequestStatus.LAPSED),
                count(byStatus, RequestStatus.CANCELLED), shortLeadTime,
                received == 0 ? 0 : Math.round(1000.0 * shortLeadTime / received) / 10.0);

        List<DepartmentRow> departments = departments(queries.byDepartment(year), messages, japanese);
        List<TypeRow> types = types(queries.byDepartment(year), messages);
        List<PairRow> pairs = queries.byLanguagePair(year).stream()
                .map(p -> new PairRow(p.source().value(), p.target().value(),
                        LanguageCatalog.describe(p.source(), reader).name() + " → "
                                + LanguageCatalog.describe(p.target(), reader).name(),
                        p.jobs(), p.delivered(), p.charactersTranslated(), p.wordsTranslated()))
                .sorted(Comparator.comparingLong(PairRow::jobs).reversed().thenComparing(PairRow::name))
                .toList();
        ReportQueries.Interpreting interpreting = queries.interpreting(year);
        ReportQueries.Turnaround turnaround = queries.turnaround(year);
        List<ClosureRow> closures = queries.closures(year).stream()
                .map(c -> new ClosureRow(c.status().name(), c.reason(), closureName(c, messages), c.requests()))
                .sorted(Comparator.comparingLong(ClosureRow::requests).reversed().thenComparing(ClosureRow::name))
                .toList();
        List<MonthRow> months = months(year, queries.receivedByMonth(year), queries.deliveredByMonth(year), reader);

        FiscalYearReport.Interpreting interpretingRow = new FiscalYearReport.Interpreting(interpreting.events(),
                interpreting.minutes() / 60.0);
        FiscalYearReport.Turnaround turnaroundRow = new FiscalYearReport.Turnaround(turnaround.delivered(),
                roundedOrNull(turnaround.median()), roundedOrNull(turnaround.percentile90()));
        String label = japanese ? JapaneseDates.japaneseFiscalYear(year) : JapaneseDates.englishFiscalYear(year);
        ReportTables tables = new ReportTables(messages);
        return new FiscalYearReport(year.startYear(), label, year.firstDay(), year.lastDay(),
                List.of(messages.format("report.rule.received"), messages.format("report.rule.volume"),
                        messages.format("report.rule.turnaround"), messages.format("report.rule.lead-time"),
                        messages.format("report.rule.interpreting"), messages.format("report.rule.months")),
                totals, departments, types, pairs, interpretingRow, turnaroundRow, closures, months,
                List.of(tables.summary(totals, interpretingRow, turnaroundRow), tables.departments(departments),
                        tables.types(types), tables.languagePairs(pairs), tables.closures(closures),
                        tables.months(months)));
    }

    private List<DepartmentRow> departments(List<ReportQueries.DepartmentCount> counts, Messages messages,
                                            boolean japanese) {
        Map<String, Department> known = directory.departments().stream()
                .collect(Collectors.toMap(Department::code, Function.identity()));
        Map<String, Map<RequestType, Long>> byDepartment = new LinkedHashMap<>();
        for (ReportQueries.DepartmentCount count : counts) {
            byDepartment.computeIfAbsent(Objects.requireNonNullElse(count.department(), CITIZENS),
                    d -> new EnumMap<>(RequestType.class)).merge(count.type(), count.requests(), Long::sum);
        }
        List<DepartmentRow> rows = new ArrayList<>();
        byDepartment.forEach((code, byType) -> {
            Department department = known.get(code);
            String name = code.equals(CITIZENS) ? messages.format("report.department.citizens")
                    : department == null ? code : japanese ? department.nameJa() : department.nameEn();
            long translation = byType.getOrDefault(RequestType.TRANSLATION, 0L);
            long checking = byType.getOrDefault(RequestType.CHECKING, 0L);
            long interpretation = byType.getOrDefault(RequestType.INTERPRETATION, 0L);
            rows.add(new DepartmentRow(code, name, translation, checking, interpretation,
                    translation + checking + interpretation));
        });
        rows.sort(Comparator.comparingLong(DepartmentRow::total).reversed().thenComparing(DepartmentRow::name));
        return rows;
    }

    private static List<TypeRow> types(List<ReportQueries.DepartmentCount> counts, Messages messages) {
        Map<RequestType, Long> byType = new EnumMap<>(RequestType.class);
        counts.forEach(c -> byType.merge(c.type(), c.requests(), Long::sum));
        List<TypeRow> rows = new ArrayList<>();
        for (RequestType type : RequestType.values()) {
            rows.add(new TypeRow(type.name(), messages.format("report.type." + type.name().toLowerCase(Locale.ROOT)),
                    byType.getOrDefault(type, 0L)));
        }
        return rows;
    }

    private static String closureName(ReportQueries.Closure closure, Messages messages) {
        return switch (closure.status()) {
            case REJECTED -> closure.reason() == null ? messages.format("report.closure.rejected")
                    : messages.format("rejection." + closure.reason());
            case LAPSED -> messages.format("report.closure.lapsed");
            default -> messages.format("report.closure.cancelled");
        };
    }

    /** All twelve months from April, those without requests as zero. */
    private static List<MonthRow> months(FiscalYear year, List<ReportQueries.MonthCount> received,
                                         List<ReportQueries.MonthCount> delivered, ULocale reader) {
        Map<YearMonth, Long> in = received.stream()
                .collect(Collectors.toMap(ReportQueries.MonthCount::month, ReportQueries.MonthCount::requests));
        Map<YearMonth, Long> out = delivered.stream()
                .collect(Collectors.toMap(ReportQueries.MonthCount::month, ReportQueries.MonthCount::requests));
        DateFormat monthFormat = DateFormat.getInstanceForSkeleton("yMMMM", reader);
        monthFormat.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        List<MonthRow> rows = new ArrayList<>();
        for (YearMonth month = YearMonth.from(year.firstDay()); !month.isAfter(YearMonth.from(year.lastDay()));
             month = month.plusMonths(1)) {
            Date first = Date.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            rows.add(new MonthRow(month.toString(), monthFormat.format(first), in.getOrDefault(month, 0L),
                    out.getOrDefault(month, 0L)));
        }
        return rows;
    }

    private static long count(Map<RequestStatus, Long> byStatus, RequestStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    private static Double roundedOrNull(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
