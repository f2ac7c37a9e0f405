package org.kakehashi.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.quality.FindingKind;
import org.kakehashi.request.EasyJapaneseAnswer;
import org.kakehashi.request.IntakeFinding;
import org.kakehashi.request.JobStatus;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.RequestType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's figures, each one aggregate query over the requests received in a fiscal year (by
 * {@code received_on}, indexed): the database counts and sums, nothing is loaded row by row.
 */
@ApplicationScoped
public class ReportQueries {

    private static final String RECEIVED_IN_YEAR = "r.turnaround.receivedOn between :first and :last";

    /**
     * The requests of one department, type, status and rejection reason, and the booked minutes of those that are
     * interpretations: the per-request figures of the report roll up from these rows.
     */
    public record Fact(String department, RequestType type, RequestStatus status, String reason, long requests,
                       long interpretingMinutes) {
    }

    /**
     * @param volumeAtDelivery the delivered jobs' source volume as the memory measured it at delivery
     * @param volumeFromMemory the part of it whose sentences the memory held (exact or fuzzy)
     * @param machineDrafted   the segments of the pair's jobs a machine drafted
     */
    public record PairVolume(LanguageTag source, LanguageTag target, long jobs, long delivered,
                             long charactersTranslated, long wordsTranslated, long volumeAtDelivery,
                             long volumeFromMemory, long machineDrafted) {

        PairVolume withMemory(long atDelivery, long fromMemory) {
            return new PairVolume(source, target, jobs, delivered, charactersTranslated, wordsTranslated, atDelivery,
                    fromMemory, machineDrafted);
        }

        PairVolume withDrafts(long drafted) {
            return new PairVolume(source, target, jobs, delivered, charactersTranslated, wordsTranslated,
                    volumeAtDelivery, volumeFromMemory, drafted);
        }
    }

    /** The findings of the quality checks of one kind: how many were raised, and how many kept with a reason. */
    public record FindingCount(FindingKind kind, long raised, long kept) {
    }

    private record DraftCount(LanguageTag source, LanguageTag target, long drafted) {
    }

    private record MemoryVolume(LanguageTag source, LanguageTag target, long volume, long fromMemory) {
    }

    public record Turnaround(long delivered, Double median, Double percentile90) {
    }

    /** Requests on one day; months are summed from days, which the database groups far faster than months. */
    public record DayCount(LocalDate day, long requests) {
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    /** One pass over the year's requests, grouped as {@link Fact}s. */
    public List<Fact> facts(FiscalYear year) {
        return inYear(em.createQuery("""
                select r.requester.department, r.brief.type, r.lifecycle.status, r.triage.rejectionReason, count(r),
                  coalesce(sum((r.interpretation.event.end - r.interpretation.event.start) by minute), 0)
                from Request r where %s
                group by r.requester.department, r.brief.type, r.lifecycle.status, r.triage.rejectionReason"""
                .formatted(RECEIVED_IN_YEAR), Object[].class), year)
                .getResultStream()
                .map(row -> new Fact((String) row[0], (RequestType) row[1], (RequestStatus) row[2], (String) row[3],
                        ((Number) row[4]).longValue(), ((Number) row[5]).longValue()))
                .toList();
    }

    public List<DayCount> receivedByDay(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$DayCount(r.turnaround.receivedOn, count(r))
                from Request r where %s group by r.turnaround.receivedOn""".formatted(RECEIVED_IN_YEAR),
                DayCount.class), year)
                .getResultList();
    }

    /**
     * The year's jobs by language pair, with the share of each pair's delivered volume the memory held and the
     * segments a machine drafted.
     */
    public List<PairVolume> byLanguagePair(FiscalYear year) {
        Map<List<LanguageTag>, MemoryVolume> memory = new HashMap<>();
        for (MemoryVolume volume : fromMemory(year)) {
            memory.put(List.of(volume.source(), volume.target()), volume);
        }
        Map<List<LanguageTag>, Long> drafted = new HashMap<>();
        for (DraftCount count : machineDrafts(year)) {
            drafted.put(List.of(count.source(), count.target()), count.drafted());
        }
        return jobsByLanguagePair(year).stream().map(pair -> {
            MemoryVolume held = memory.get(List.of(pair.source(), pair.target()));
            PairVolume withMemory = held == null ? pair : pair.withMemory(held.volume(), held.fromMemory());
            return withMemory.withDrafts(drafted.getOrDefault(List.of(pair.source(), pair.target()), 0L));
        }).toList();
    }

    /**
     * The answers to "an やさしい日本語 version too?" of the year's Japanese texts to translate or check: wanted, or
     * not with its reason; {@code wanted} null for the requests whose requester was not asked.
     */
    public record EasyJapaneseCount(Boolean wanted, EasyJapaneseAnswer.Reason reason, long requests) {
    }

    public List<EasyJapaneseCount> easyJapaneseAnswers(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$EasyJapaneseCount(r.brief.easyJapanese.wanted,
                  r.brief.easyJapanese.reason, count(r))
                from Request r
                where r.brief.sourceLanguage = :japanese and r.brief.type <> :interpretation and %s
                group by r.brief.easyJapanese.wanted, r.brief.easyJapanese.reason""".formatted(RECEIVED_IN_YEAR),
                EasyJapaneseCount.class), year)
                .setParameter("japanese", LanguageTag.of("ja"))
                .setParameter("interpretation", RequestType.INTERPRETATION)
                .getResultList();
    }

    /** The findings of the quality checks on the year's requests, by kind. */
    public List<FindingCount> findings(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$FindingCount(f.kind, count(f),
                  sum(case when f.overriddenAt is not null then 1 else 0 end))
                from RecordedFinding f, Request r
                where r.number.value = f.request and %s
                group by f.kind""".formatted(RECEIVED_IN_YEAR), FindingCount.class), year)
                .getResultList();
    }

    private List<DraftCount> machineDrafts(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$DraftCount(r.brief.sourceLanguage, d.target, count(d))
                from MachineDraft d, Request r
                where r.number.value = d.request and %s
                group by r.brief.sourceLanguage, d.target""".formatted(RECEIVED_IN_YEAR), DraftCount.class), year)
                .getResultList();
    }

    private List<MemoryVolume> fromMemory(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$MemoryVolume(l.sourceLanguage, l.targetLanguage,
                  sum(l.volume), sum(l.exactVolume + l.fuzzyVolume))
                from MemoryLeverage l, Request r
                where r.number.value = l.request and %s
                group by l.sourceLanguage, l.targetLanguage""".formatted(RECEIVED_IN_YEAR), MemoryVolume.class),
                year)
                .getResultList();
    }

    /**
     * Jobs per language pair; the characters (Japanese, Chinese) or words (space-separated languages) of the
     * source text count as translated once the job's translation was delivered. Interpretations have jobs too,
     * but their volume is preparation material, not translation.
     */
    private List<PairVolume> jobsByLanguagePair(FiscalYear year) {
        return inYear(em.createQuery("""
                select new org.kakehashi.report.ReportQueries$PairVolume(r.brief.sourceLanguage, j.targetLanguage,
                  count(j),
                  sum(case when r.lifecycle.status = :deliveredRequest then 1 else 0 end),
                  sum(case when r.lifecycle.status = :deliveredRequest and r.brief.type <> :interpretation
                           and r.brief.volume.unit = 'CHARACTERS' then r.brief.volume.characters else 0 end),
                  sum(case when r.lifecycle.status = :deliveredRequest and r.brief.type <> :interpretation
                           and r.brief.volume.unit = 'WORDS' then coalesce(r.brief.volume.words, 0) else 0 end),
                  0L, 0L, 0L)
                from Request r join r.translationJobs.jobs j
                where %s and j.status <> :dropped
                group by r.brief.sourceLanguage, j.targetLanguage""".formatted(RECEIVED_IN_YEAR), PairVolume.class),
                year)
                .setParameter("deliveredRequest", RequestStatus.DELIVERED)
                .setParameter("interpretation", RequestType.INTERPRETATION)
                .setParameter("dropped", JobStatus.DROPPED)
                .getResultList();
    }

    /**
     * Median and 90th percentile of the city business days from receipt to delivery, interpolated between
     * neighbours (the days are cast to a floating type: H2 would otherwise round the result to an integer).
     */
    public Turnaround turnaround(FiscalYear year) {
        Object[] row = inYear(em.createQuery("""
                select count(r),
                  percentile_cont(0.5) within group (order by cast(r.turnaround.businessDays as Double)),
                  percentile_cont(0.9) within group (order by cast(r.turnaround.businessDays as Double))
                from Request r
                where %s and r.turnaround.businessDays is not null""".formatted(RECEIVED_IN_YEAR),
                Object[].class), year)
                .getSingleResult();
        return new Turnaround(((Number) row[0]).longValue(), asDouble(row[1]), asDouble(row[2]));
    }

    /**
     * Requests received with less than the city's lead time before the wanted-by date; asked as "has such a
     * finding" rather than counting the distinct requests of a join, which sorted them (a third of the time).
     */
    public long shortLeadTime(FiscalYear year) {
        return inYear(em.createQuery("""
                select count(r) from Request r
                where %s and exists (select 1 from r.triage.findings f where f.kind = :shortLeadTime)"""
                .formatted(RECEIVED_IN_YEAR), Long.class), year)
                .setParameter("shortLeadTime", IntakeFinding.Kind.SHORT_LEAD_TIME.name())
                .getSingleResult();
    }

    /** Deliveries made on each day of the year, whenever the request came in. */
    public List<DayCount> deliveredByDay(FiscalYear year) {
        return em.createQuery("""
                        select new org.kakehashi.report.ReportQueries$DayCount(r.turnaround.deliveredOn, count(r))
                        from Request r where r.turnaround.deliveredOn between :first and :last
                        group by r.turnaround.deliveredOn""",
                        DayCount.class)
                .setParameter("first", year.firstDay())
                .setParameter("last", year.lastDay())
                .getResultList();
    }

    private static <T> TypedQuery<T> inYear(TypedQuery<T> query, FiscalYear year) {
        return query.setParameter("first", year.firstDay()).setParameter("last", year.lastDay());
    }

    private static Double asDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
