package org.kakehashi.report;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.platform.schema.PersistenceUnitOnH2;
import org.kakehashi.report.ReportQueries.DayCount;
import org.kakehashi.report.ReportQueries.Fact;
import org.kakehashi.report.ReportQueries.PairVolume;
import org.kakehashi.report.ReportQueries.Turnaround;
import org.kakehashi.request.IntakeFinding;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestStatus;
import org.kakehashi.request.RequestType;
import org.kakehashi.request.Submission;
import org.kakehashi.request.TestRequests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The report's queries, run against the mapping on H2 without a server (JPQL is only checked when it runs), over
 * three requests received on one day: a delivered translation, a rejected one, a booked interpretation.
 */
class ReportQueriesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Tuesday 2026-11-24, 09:00 in Tokyo. */
    private static final Instant ASKED = Instant.parse("2026-11-24T00:00:00Z");
    private static final FiscalYear YEAR = new FiscalYear(2026);
    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag ZH = LanguageTag.of("zh-Hans");

    private static SessionFactory unit;

    @BeforeAll
    static void storeTheYearsRequests() {
        unit = PersistenceUnitOnH2.start();
        Request delivered = submit(1, "dept-a", new NewRequest(RequestType.TRANSLATION, null, null, JA, List.of(EN),
                Map.of(), "ごみの出し方", LocalDate.of(2026, 11, 27), null, Set.of(), null));
        delivered.noteIntakeFindings(List.of(TestRequests.finding(IntakeFinding.Kind.SHORT_LEAD_TIME, "3|10")));
        delivered.accept("ofelia", ASKED.plusSeconds(60));
        delivered.onJob(EN).submitTranslation("tom", "How to put out rubbish", null, ASKED.plusSeconds(120));
        delivered.onJob(EN).approve("rei", ASKED.plusSeconds(180));
        // Thursday: two business days after Tuesday
        delivered.deliver("kakehashi", Instant.parse("2026-11-26T03:00:00Z"), TOKYO, CityCalendar.standard());
        Request rejected = submit(2, "dept-b", new NewRequest(RequestType.TRANSLATION, null, null, JA,
                List.of(EN, ZH), Map.of(), "宗教行事のご案内", LocalDate.of(2026, 12, 24), null, Set.of(), null));
        rejected.reject("ofelia", "refused-topic", null, ASKED.plusSeconds(60));
        Request interpretation = submit(3, "dept-a", new NewRequest(RequestType.INTERPRETATION, null, null, JA,
                List.of(EN), Map.of(), "行程表", null, new InterpretingEvent(
                ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, TOKYO), ZonedDateTime.of(2026, 12, 10, 16, 0, 0, 0, TOKYO),
                "市役所", InterpretingMode.CONSECUTIVE, "Napier delegation"), Set.of(), null));
        interpretation.accept("ofelia", ASKED.plusSeconds(60));
        interpretation.interpreting().schedule("ofelia", "tanaka", ASKED.plusSeconds(120));
        query(queries -> {
            List.of(delivered, rejected, interpretation).forEach(queries.em::persist);
            return null;
        });
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    private static Request submit(int sequence, String department, NewRequest form) {
        return Request.submit(new Submission(RequestNumber.of(YEAR, sequence), "ana", department, form,
                new TextCounter(new CountingRates(2000, 400)).count(form.text(), form.sourceLanguage()), null, ASKED,
                TOKYO));
    }

    private static <T> T query(Function<ReportQueries, T> work) {
        try (EntityManager em = unit.createEntityManager()) {
            ReportQueries queries = new ReportQueries();
            queries.em = em;
            em.getTransaction().begin();
            T result = work.apply(queries);
            em.getTransaction().commit();
            return result;
        }
    }

    @Test
    void factsAreGroupedByDepartmentTypeStatusAndReason() {
        List<Fact> facts = query(queries -> queries.facts(YEAR));

        assertThat(facts).containsExactlyInAnyOrder(
                new Fact("dept-a", RequestType.TRANSLATION, RequestStatus.DELIVERED, null, 1, 0),
                new Fact("dept-b", RequestType.TRANSLATION, RequestStatus.REJECTED, "refused-topic", 1, 0),
                new Fact("dept-a", RequestType.INTERPRETATION, RequestStatus.SCHEDULED, null, 1, 180));
    }

    @Test
    void requestsAreCountedOnTheDayReceivedAndTheDayDelivered() {
        List<DayCount> received = query(queries -> queries.receivedByDay(YEAR));
        List<DayCount> delivered = query(queries -> queries.deliveredByDay(YEAR));

        assertThat(received).containsExactly(new DayCount(LocalDate.of(2026, 11, 24), 3));
        assertThat(delivered).containsExactly(new DayCount(LocalDate.of(2026, 11, 26), 1));
    }

    @Test
    void theTurnaroundAndTheShortLeadTimesAreThoseOfTheYear() {
        Turnaround turnaround = query(queries -> queries.turnaround(YEAR));
        long shortLeadTime = query(queries -> queries.shortLeadTime(YEAR));
        long shortLeadTimeYearBefore = query(queries -> queries.shortLeadTime(new FiscalYear(2025)));

        assertThat(turnaround).isEqualTo(new Turnaround(1, 2.0, 2.0));
        assertThat(shortLeadTime).isEqualTo(1);
        assertThat(shortLeadTimeYearBefore).isZero();
    }

    @Test
    void languagePairsCountTheJobsNotDropped() {
        List<PairVolume> pairs = query(queries -> queries.byLanguagePair(YEAR));

        assertThat(pairs).extracting(PairVolume::source, PairVolume::target, PairVolume::jobs, PairVolume::delivered)
                .containsExactly(tuple(JA, EN, 2L, 1L));
    }

    @Test
    void theEasyJapaneseAnswersCountTheJapaneseTextsNotTheInterpretations() {
        List<ReportQueries.EasyJapaneseCount> answers = query(queries -> queries.easyJapaneseAnswers(YEAR));

        assertThat(answers).as("the two Japanese texts of the year were sent before the question")
                .containsExactly(new ReportQueries.EasyJapaneseCount(null, null, 2));
    }
}
