package org.kakehashi.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.request.IntakeFinding;
import org.kakehashi.request.JobStatus;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.RequestType;

import java.time.YearMonth;
import java.util.List;

/**
 * The report's figures, each one aggregate query over the requests received in a fiscal year (by
 * {@code received_on}, indexed): the database counts and sums, nothing is loaded row by row.
 */
@ApplicationScoped
public class ReportQueries {

    private static final String RECEIVED_IN_YEAR = "r.receivedOn between :first and :last";

    public record StatusCount(RequestStatus status, long requests) {
    }

    public record DepartmentCount(String department, RequestType type, long requests) {
    }

    public record PairVolume(LanguageTag source, LanguageTag target, long jobs, long delivered,
                             long charactersTranslated, long wordsTranslated) {
    }

    public record Interpreting(long events, long minutes) {
    }

    public record Turnaround(long delivered, Double median, Double percentile90) {
    }

    public record Closure(RequestStatus status, String reason, long requests) {
    }

    public record MonthCount(YearMonth month, long requests) {
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    public List<StatusCount> byStatus(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$StatusCount(r.status, count(r))
                from Request r where %s group by r.status""".formatted(RECEIVED_IN_YEAR), StatusCount.class), year)
                .getResultList();
    }

    public List<DepartmentCount> byDepartment(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$DepartmentCount(r.department, r.type, count(r))
                from Request r where %s group by r.department, r.type""".formatted(RECEIVED_IN_YEAR),
                DepartmentCount.class), year)
                .getResultList();
    }

    /**
     * Jobs per language pair; the characters (Japanese, Chinese) or words (space-separated languages) of the
     * source text count as translated once the job's translation was delivered. Interpretations have jobs too,
     * but their volume is preparation material, not translation.
     */
    public List<PairVolume> byLanguagePair(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$PairVolume(r.sourceLanguage, j.targetLanguage, count(j),
                  sum(case when r.status = :deliveredRequest then 1 else 0 end),
                  sum(case when r.status = :deliveredRequest and r.type <> :interpretation
                           and r.volume.unit = 'CHARACTERS' then r.volume.characters else 0 end),
                  sum(case when r.status = :deliveredRequest and r.type <> :interpretation
                           and r.volume.unit = 'WORDS' then coalesce(r.volume.words, 0) else 0 end))
                from Request r join r.jobs j
                where %s and j.status <> :dropped
                group by r.sourceLanguage, j.targetLanguage""".formatted(RECEIVED_IN_YEAR), PairVolume.class), year)
                .setParameter("deliveredRequest", RequestStatus.DELIVERED)
                .setParameter("interpretation", RequestType.INTERPRETATION)
                .setParameter("dropped", JobStatus.DROPPED)
                .getResultList();
    }

    /** Interpretations that took place, and their booked length. */
    public Interpreting interpreting(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$Interpreting(count(r),
                  coalesce(sum((r.event.end - r.event.start) by minute), 0))
                from Request r
                where %s and r.type = :interpretation and r.status in :tookPlace""".formatted(RECEIVED_IN_YEAR),
                Interpreting.class), year)
                .setParameter("interpretation", RequestType.INTERPRETATION)
                .setParameter("tookPlace", List.of(RequestStatus.HELD, RequestStatus.REPORTED))
                .getSingleResult();
    }

    /**
     * Median and 90th percentile of the city business days from receipt to delivery, interpolated between
     * neighbours (the days are cast to a floating type: H2 would otherwise round the result to an integer).
     */
    public Turnaround turnaround(FiscalYear year) {
        Object[] row = inYear(em.createQuery("""
                select count(r),
                  percentile_cont(0.5) within group (order by cast(r.turnaroundBusinessDays as Double)),
                  percentile_cont(0.9) within group (order by cast(r.turnaroundBusinessDays as Double))
                from Request r
                where %s and r.turnaroundBusinessDays is not null""".formatted(RECEIVED_IN_YEAR), Object[].class), year)
                .getSingleResult();
        return new Turnaround(((Number) row[0]).longValue(), asDouble(row[1]), asDouble(row[2]));
    }

    /** Requests received with less than the city's lead time before the wanted-by date. */
    public long shortLeadTime(FiscalYear year) {
        return inYear(em.createQuery("""
                select count(distinct r) from Request r join r.intakeFindings f
                where %s and f.kind = :shortLeadTime""".formatted(RECEIVED_IN_YEAR), Long.class), year)
                .setParameter("shortLeadTime", IntakeFinding.Kind.SHORT_LEAD_TIME.name())
                .getSingleResult();
    }

    public List<Closure> closures(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$Closure(r.status, r.rejectionReason, count(r))
                from Request r where %s and r.status in :closed
                group by r.status, r.rejectionReason""".formatted(RECEIVED_IN_YEAR), Closure.class), year)
                .setParameter("closed", List.of(RequestStatus.REJECTED, RequestStatus.LAPSED, RequestStatus.CANCELLED))
                .getResultList();
    }

    public List<MonthCount> receivedByMonth(FiscalYear year) {
        return months(inYear(em.createQuery("""
                select year(r.receivedOn), month(r.receivedOn), count(r) from Request r where %s
                group by year(r.receivedOn), month(r.receivedOn)""".formatted(RECEIVED_IN_YEAR), Object[].class),
                year).getResultList());
    }

    /** Deliveries made in the year's months, whenever the request came in. */
    public List<MonthCount> deliveredByMonth(FiscalYear year) {
        return months(em.createQuery("""
                        select year(r.deliveredOn), month(r.deliveredOn), count(r) from Request r
                        where r.deliveredOn between :first and :last
                        group by year(r.deliveredOn), month(r.deliveredOn)""", Object[].class)
                .setParameter("first", year.firstDay())
                .setParameter("last", year.lastDay())
                .getResultList());
    }

    private static List<MonthCount> months(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new MonthCount(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        ((Number) row[2]).longValue()))
                .toList();
    }

    private static <T> TypedQuery<T> inYear(TypedQuery<T> query, FiscalYear year) {
        return query.setParameter("first", year.firstDay()).setParameter("last", year.lastDay());
    }

    private static Double asDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
