package org.kakehashi.report;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.ULocale;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.directory.Department;
import org.kakehashi.directory.Directory;
import org.kakehashi.language.JapaneseDates;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.report.FiscalYearReport.ClosureRow;
import org.kakehashi.report.FiscalYearReport.EasyJapaneseRow;
import org.kakehashi.report.FiscalYearReport.DepartmentRow;
import org.kakehashi.report.FiscalYearReport.MonthRow;
import org.kakehashi.report.FiscalYearReport.CheckRow;
import org.kakehashi.report.FiscalYearReport.PairRow;
import org.kakehashi.report.FiscalYearReport.Totals;
import org.kakehashi.report.FiscalYearReport.TypeRow;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.RequestType;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The fiscal-year report, from the aggregate queries, labelled in the reader's language. */
@ApplicationScoped
public class FiscalYearReports {

    private static final String CITIZENS = "citizens";
    private static final Set<RequestStatus> TOOK_PLACE = EnumSet.of(RequestStatus.HELD, RequestStatus.REPORTED);
    private static final Set<RequestStatus> CLOSED = EnumSet.of(RequestStatus.REJECTED, RequestStatus.LAPSED,
            RequestStatus.CANCELLED);

    private ReportQueries queries;
    private Directory directory;
    @Resource
    ManagedExecutorService executor;

    /** For the container's proxies only. */
    protected FiscalYearReports() {
    }

    @Inject
    public FiscalYearReports(ReportQueries queries, Directory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    public FiscalYearReport report(FiscalYear year, Messages messages) {
        CompletableFuture<List<ReportQueries.Fact>> facts = inParallel(() -> queries.facts(year));
        CompletableFuture<List<ReportQueries.PairVolume>> pairVolumes = inParallel(() -> queries.byLanguagePair(year));
        CompletableFuture<ReportQueries.Turnaround> turnaroundFigures = inParallel(() -> queries.turnaround(year));
        CompletableFuture<Long> shortLeadTimes = inParallel(() -> queries.shortLeadTime(year));
        CompletableFuture<List<ReportQueries.DayCount>> receipts = inParallel(() -> queries.receivedByDay(year));
        CompletableFuture<List<ReportQueries.DayCount>> deliveries = inParallel(() -> queries.deliveredByDay(year));
        CompletableFuture<List<ReportQueries.FindingCount>> findings = inParallel(() -> queries.findings(year));
        CompletableFuture<List<ReportQueries.EasyJapaneseCount>> easyJapanese =
                inParallel(() -> queries.easyJapaneseAnswers(year));
        return rollUp(year, messages, directory.departments(), facts.join(), pairVolumes.join(),
                turnaroundFigures.join(), shortLeadTimes.join(), receipts.join(), deliveries.join(), findings.join(),
                easyJapanese.join());
    }

    /** The report from the figures of the year's queries, its departments named as the directory names them. */
    static FiscalYearReport rollUp(FiscalYear year, Messages messages, List<Department> known,
                                   List<ReportQueries.Fact> facts, List<ReportQueries.PairVolume> pairVolumes,
                                   ReportQueries.Turnaround turnaround, long shortLeadTime,
                                   List<ReportQueries.DayCount> receivedByDay,
                                   List<ReportQueries.DayCount> deliveredByDay,
                                   List<ReportQueries.FindingCount> findings,
                                   List<ReportQueries.EasyJapaneseCount> easyJapaneseAnswers) {
        ULocale reader = ULocale.forLocale(messages.locale());
        boolean japanese = messages.locale().getLanguage().equals("ja");

        Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
        facts.forEach(fact -> byStatus.merge(fact.status(), fact.requests(), Long::sum));
        long received = byStatus.values().stream().mapToLong(Long::longValue).sum();
        Totals totals = new Totals(received,
                count(byStatus, RequestStatus.DELIVERED) + count(byStatus, RequestStatus.REPORTED),
                byStatus.entrySet().stream().filter(e -> !e.getKey().isClosed()).mapToLong(Map.Entry::getValue).sum(),
                count(byStatus, RequestStatus.REJECTED), count(byStatus, RequestStatus.LAPSED),
                count(byStatus, RequestStatus.CANCELLED), shortLeadTime,
                received == 0 ? 0 : Math.round(1000.0 * shortLeadTime / received) / 10.0);

        List<DepartmentRow> departments = departments(facts, known, messages, japanese);
        List<TypeRow> types = types(facts, messages);
        List<PairRow> pairs = pairVolumes.stream()
                .map(p -> new PairRow(p.source().value(), p.target().value(),
                        LanguageCatalog.describe(p.source(), reader).name() + " → "
                                + LanguageCatalog.describe(p.target(), reader).name(),
                        p.jobs(), p.delivered(), p.charactersTranslated(), p.wordsTranslated(),
                        p.volumeAtDelivery() == 0 ? null
                                : Math.round(1000.0 * p.volumeFromMemory() / p.volumeAtDelivery()) / 10.0,
                        p.machineDrafted()))
                .sorted(Comparator.comparingLong(PairRow::jobs).reversed().thenComparing(PairRow::name))
                .toList();
        FiscalYearReport.Interpreting interpreting = interpreting(facts);
        List<ClosureRow> closures = closures(facts, messages);
        List<MonthRow> months = months(year, byMonth(receivedByDay), byMonth(deliveredByDay), reader);
        List<CheckRow> checks = findings.stream()
                .sorted(Comparator.comparing(ReportQueries.FindingCount::kind))
                .map(f -> new CheckRow(f.kind().name(), messages.format("report.finding." + f.kind().name()),
                        f.raised(), f.kept()))
                .toList();
        List<EasyJapaneseRow> easyJapanese = easyJapaneseAnswers.stream()
                .map(a -> easyJapaneseRow(a, messages))
                .sorted(Comparator.comparingLong(EasyJapaneseRow::requests).reversed()
                        .thenComparing(EasyJapaneseRow::name))
                .toList();

        FiscalYearReport.Turnaround turnaroundRow = new FiscalYearReport.Turnaround(turnaround.delivered(),
                roundedOrNull(turnaround.median()), roundedOrNull(turnaround.percentile90()));
        String label = japanese ? JapaneseDates.japaneseFiscalYear(year) : JapaneseDates.englishFiscalYear(year);
        ReportTables tables = new ReportTables(messages);
        return new FiscalYearReport(year.startYear(), label, year.firstDay(), year.lastDay(),
                List.of(messages.format("report.rule.received"), messages.format("report.rule.volume"),
                        messages.format("report.rule.turnaround"), messages.format("report.rule.lead-time"),
                        messages.format("report.rule.interpreting"), messages.format("report.rule.months"),
                        messages.format("report.rule.memory"), messages.format("report.rule.checks"),
                        messages.format("report.rule.easy-japanese")),
                totals, departments, types, pairs, interpreting, turnaroundRow, closures, months, checks, easyJapanese,
                List.of(tables.summary(totals, interpreting, turnaroundRow), tables.departments(departments),
                        tables.types(types), tables.languagePairs(pairs), tables.closures(closures),
                        tables.months(months), tables.checks(checks), tables.easyJapanese(easyJapanese)));
    }

    /** "Wanted", "Not needed: the readers are not residents", "Not asked", in the reader's language. */
    private static EasyJapaneseRow easyJapaneseRow(ReportQueries.EasyJapaneseCount count, Messages messages) {
        String answer = count.wanted() == null ? "NOT_ASKED" : count.wanted() ? "WANTED" : "NOT_NEEDED";
        String reason = count.reason() == null ? null : count.reason().name();
        String name = messages.format("report.easy-japanese." + answer)
                + (reason == null ? "" : messages.format("report.easy-japanese.reason." + reason));
        return new EasyJapaneseRow(answer, reason, name, count.requests());
    }

    private static Map<YearMonth, Long> byMonth(List<ReportQueries.DayCount> days) {
        Map<YearMonth, Long> months = new HashMap<>();
        days.forEach(day -> months.merge(YearMonth.from(day.day()), day.requests(), Long::sum));
        return months;
    }

    private <T> CompletableFuture<T> inParallel(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, executor);
    }

    /** Interpretations that took place, and their booked hours. */
    private static FiscalYearReport.Interpreting interpreting(List<ReportQueries.Fact> facts) {
        long events = 0;
        long minutes = 0;
        for (ReportQueries.Fact fact : facts) {
            if (fact.type() == RequestType.INTERPRETATION && TOOK_PLACE.contains(fact.status())) {
                events += fact.requests();
                minutes += fact.interpretingMinutes();
            }
        }
        return new FiscalYearReport.Interpreting(events, minutes / 60.0);
    }

    private static List<ClosureRow> closures(List<ReportQueries.Fact> facts, Messages messages) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (ReportQueries.Fact fact : facts) {
            if (CLOSED.contains(fact.status())) {
                counts.merge(Arrays.asList(fact.status().name(), fact.reason()), fact.requests(), Long::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new ClosureRow(e.getKey().get(0), e.getKey().get(1),
                        closureName(RequestStatus.valueOf(e.getKey().get(0)), e.getKey().get(1), messages),
                        e.getValue()))
                .sorted(Comparator.comparingLong(ClosureRow::requests).reversed().thenComparing(ClosureRow::name))
                .toList();
    }

    private static List<DepartmentRow> departments(List<ReportQueries.Fact> facts, List<Department> departments,
                                                   Messages messages, boolean japanese) {
        Map<String, Department> known = departments.stream()
                .collect(Collectors.toMap(Department::code, Function.identity()));
        Map<String, Map<RequestType, Long>> byDepartment = new LinkedHashMap<>();
        for (ReportQueries.Fact fact : facts) {
            byDepartment.computeIfAbsent(Objects.requireNonNullElse(fact.department(), CITIZENS),
                    d -> new EnumMap<>(RequestType.class)).merge(fact.type(), fact.requests(), Long::sum);
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

    private static List<TypeRow> types(List<ReportQueries.Fact> facts, Messages messages) {
        Map<RequestType, Long> byType = new EnumMap<>(RequestType.class);
        facts.forEach(fact -> byType.merge(fact.type(), fact.requests(), Long::sum));
        List<TypeRow> rows = new ArrayList<>();
        for (RequestType type : RequestType.values()) {
            rows.add(new TypeRow(type.name(), messages.format("report.type." + type.name().toLowerCase(Locale.ROOT)),
                    byType.getOrDefault(type, 0L)));
        }
        return rows;
    }

    private static String closureName(RequestStatus status, String reason, Messages messages) {
        return switch (status) {
            case REJECTED -> reason == null ? messages.format("report.closure.rejected")
                    : messages.format("rejection." + reason);
            case LAPSED -> messages.format("report.closure.lapsed");
            default -> messages.format("report.closure.cancelled");
        };
    }

    /** All twelve months from April, those without requests as zero. */
    private static List<MonthRow> months(FiscalYear year, Map<YearMonth, Long> in, Map<YearMonth, Long> out,
                                         ULocale reader) {
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
