package org.kakehashi.request;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.schema.PersistenceUnitOnH2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's queries, each run against the mapping on H2 without a server (JPQL is only checked when it runs):
 * the list against the visibility table, the parts of a request read back as they were written.
 */
class RequestQueriesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant ASKED = Instant.parse("2026-11-24T00:00:00Z");
    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");

    private static SessionFactory unit;
    private static Map<String, RequestNumber> situations;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @BeforeAll
    static void storeTheTablesRequests() {
        unit = PersistenceUnitOnH2.start();
        Map<String, Request> requests = VisibilityTable.situations(RequestQueriesTest::next, ASKED, TOKYO);
        inTransactionDo(repository -> requests.values().forEach(repository::add));
        situations = requests.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().number()));
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    private static RequestNumber next() {
        return RequestNumber.of(new FiscalYear(2026), SEQUENCE.incrementAndGet());
    }

    private static <T> T inTransaction(Function<RequestRepository, T> work) {
        try (EntityManager em = unit.createEntityManager()) {
            RequestRepository repository = new RequestRepository();
            repository.em = em;
            em.getTransaction().begin();
            T result = work.apply(repository);
            em.getTransaction().commit();
            return result;
        }
    }

    private static void inTransactionDo(Consumer<RequestRepository> work) {
        inTransaction(repository -> {
            work.accept(repository);
            return null;
        });
    }

    @Test
    void theListShowsEachCallerTheRequestsTheTableSays() {
        List<String> mismatches = new ArrayList<>();
        for (VisibilityTable.Case row : VisibilityTable.cases()) {
            Set<RequestNumber> listed = inTransaction(repository -> repository.visibleTo(row.caller(), null, 0, 200)
                    .stream().map(Request::number).collect(Collectors.toSet()));
            if (listed.contains(situations.get(row.situation())) != row.visible()) {
                mismatches.add(row + ": the list " + (row.visible() ? "leaves it out" : "shows it"));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theListIsNewestFirstAndFiltersByStatus() {
        Caller office = new Caller("ofelia", Set.of(Role.COORDINATOR), null);
        RequestNumber later = inTransaction(repository -> {
            Request request = submit("ana", "dept-a", NewRequest.translation(JA, EN, "後の依頼", LocalDate.of(2027, 1, 8)),
                    ASKED.plusSeconds(3600));
            repository.add(request);
            return request.number();
        });

        List<Request> all = inTransaction(repository -> repository.visibleTo(office, null, 0, 200));
        List<Request> delivered = inTransaction(repository ->
                repository.visibleTo(office, RequestStatus.DELIVERED, 0, 200));

        assertThat(all.get(0).number()).isEqualTo(later);
        assertThat(all).extracting(request -> request.turnaround().submittedAt()).isSortedAccordingTo(
                Comparator.reverseOrder());
        assertThat(delivered).extracting(Request::number).contains(situations.get("deliveredToNapier"))
                .doesNotContain(situations.get("approved"));
        assertThat(delivered).extracting(Request::status).containsOnly(RequestStatus.DELIVERED);
    }

    @Test
    void aRequestIsReadBackWithWhoAskedItsTriageAndItsDates() {
        RequestNumber number = inTransaction(repository -> {
            Request request = submit("ana", "dept-a", NewRequest.translation(JA, EN, "宗教行事のご案内",
                    LocalDate.of(2026, 11, 26)), ASKED);
            request.noteIntakeFindings(List.of(new IntakeFinding(IntakeFinding.Kind.SHORT_LEAD_TIME, "2|10"),
                    new IntakeFinding(IntakeFinding.Kind.REFUSED_TOPIC, "RELIGIOUS")));
            request.reject("ofelia", "refused-topic", null, ASKED.plusSeconds(60));
            repository.add(request);
            return request.number();
        });
        RequestNumber delivered = situations.get("deliveredToNapier");
        RequestNumber plain = situations.get("submitted");

        Request rejected = inTransaction(repository -> repository.find(number).orElseThrow());
        Request deliveredRequest = inTransaction(repository -> repository.find(delivered).orElseThrow());
        Request submitted = inTransaction(repository -> repository.find(plain).orElseThrow());

        assertThat(rejected.requester().username()).isEqualTo("ana");
        assertThat(rejected.requester().department()).isEqualTo("dept-a");
        assertThat(rejected.triage().rejectionReason()).isEqualTo("refused-topic");
        assertThat(rejected.triage().findings()).extracting(IntakeFinding::kind)
                .containsExactlyInAnyOrder(IntakeFinding.Kind.SHORT_LEAD_TIME, IntakeFinding.Kind.REFUSED_TOPIC);
        assertThat(rejected.turnaround().submittedAt()).isEqualTo(ASKED);
        assertThat(rejected.turnaround().receivedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(rejected.turnaround().deliveredOn()).isNull();
        assertThat(deliveredRequest.turnaround().deliveredOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(deliveredRequest.turnaround().businessDays()).contains(0);
        assertThat(submitted.triage()).as("a request without findings or a reason still has its triage").isNotNull();
        assertThat(submitted.triage().findings()).isEmpty();
        assertThat(submitted.triage().rejectionReason()).isNull();
        inTransactionDo(repository -> repository.find(plain).orElseThrow()
                .noteIntakeFindings(List.of(new IntakeFinding(IntakeFinding.Kind.SHORT_LEAD_TIME, "3|10"))));
        assertThat(inTransaction(repository -> repository.find(plain).orElseThrow()).triage().findings())
                .extracting(IntakeFinding::detail).containsExactly("3|10");
    }

    @Test
    void deliveringAStoredRequestStoresTheDayTheTurnaroundAndTheStepOnItsTimeline() {
        RequestNumber number = inTransaction(repository -> {
            Request request = submit("ana", "dept-a", NewRequest.translation(JA, EN, "窓口のご案内",
                    LocalDate.of(2027, 1, 8)), ASKED);
            request.accept("ofelia", ASKED.plusSeconds(60));
            request.onJob(EN).submitTranslation("tom", "Our counters", null, ASKED.plusSeconds(120));
            request.onJob(EN).approve("rei", ASKED.plusSeconds(180));
            repository.add(request);
            return request.number();
        });

        // Thursday 2026-11-26, two business days after the Tuesday it was received
        inTransactionDo(repository -> repository.find(number).orElseThrow().deliver("kakehashi",
                Instant.parse("2026-11-26T03:00:00Z"), TOKYO, CityCalendar.standard()));

        Request delivered = inTransaction(repository -> repository.find(number).orElseThrow());
        assertThat(delivered.status()).isEqualTo(RequestStatus.DELIVERED);
        assertThat(delivered.timeline()).extracting(TimelineEntry::event).containsExactly(TimelineEvent.SUBMITTED,
                TimelineEvent.ACCEPTED, TimelineEvent.TRANSLATION_SUBMITTED, TimelineEvent.APPROVED,
                TimelineEvent.DELIVERED);
        assertThat(delivered.turnaround().deliveredOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(delivered.turnaround().businessDays()).contains(2);
    }

    @Test
    void theReceiptsAreReadByNumberAsTheTextsWereCounted() {
        Request japanese = submit("ana", "dept-a", NewRequest.translation(JA, EN, "窓口のご案内です。",
                LocalDate.of(2027, 1, 8)), ASKED);
        Request english = submit("ana", "dept-a", NewRequest.translation(EN, JA, "Our counters open at nine.",
                LocalDate.of(2027, 1, 8)), ASKED);
        inTransactionDo(repository -> {
            repository.add(japanese);
            repository.add(english);
        });
        RequestNumber never = next();

        Map<RequestNumber, CountingReceipt> receipts = inTransaction(repository -> repository.receipts(
                List.of(japanese.number(), english.number(), never)));

        assertThat(receipts).containsOnlyKeys(japanese.number(), english.number());
        assertThat(receipts.get(japanese.number())).isEqualTo(japanese.brief().receipt());
        assertThat(receipts.get(japanese.number()).unit()).isEqualTo(CountingReceipt.Unit.CHARACTERS);
        assertThat(receipts.get(english.number())).isEqualTo(english.brief().receipt());
        assertThat(receipts.get(english.number()).words()).isEqualTo(5);
    }

    @Test
    void theOpenTranslationJobsAreThoseNotReadyOfRequestsAcceptedOrWaitingForTriageAndNotSentOut() {
        LanguageTag zh = LanguageTag.of("zh-Hans");
        LocalDate wantedBy = LocalDate.of(2027, 1, 8);
        Request waiting = submit("ana", "dept-a", new NewRequest(RequestType.TRANSLATION, null, null, JA,
                List.of(EN, zh), Map.of(), "市民課のお知らせです。", wantedBy, null, Set.of(), null), ASKED);
        Request accepted = submit("ana", "dept-a", NewRequest.translation(EN, JA, "Our counters open at nine.",
                wantedBy), ASKED);
        accepted.accept("ofelia", ASKED.plusSeconds(60));
        accepted.onJob(JA).route("coordinator", "reviewer", ASKED.plusSeconds(61));
        Request sentOut = submit("ana", "dept-a", NewRequest.translation(JA, EN, "契約書の翻訳", wantedBy), ASKED);
        sentOut.accept("ofelia", ASKED.plusSeconds(60));
        sentOut.onJob(EN).route("linguist", "external-reviewer", ASKED.plusSeconds(61));
        Request rejected = submit("ana", "dept-a", NewRequest.translation(JA, EN, "宗教行事のご案内", wantedBy), ASKED);
        rejected.reject("ofelia", "religious", null, ASKED.plusSeconds(60));
        Request checking = submit("ana", "dept-a", new NewRequest(RequestType.CHECKING, null, null, JA, List.of(EN),
                Map.of(EN, "Notice"), "お知らせ", wantedBy, null, Set.of(), null), ASKED);
        inTransactionDo(repository -> List.of(waiting, accepted, sentOut, rejected, checking)
                .forEach(repository::add));
        Set<RequestNumber> ours = Set.of(waiting.number(), accepted.number(), sentOut.number(), rejected.number(),
                checking.number());

        List<TranslationQueue.OpenJob> open = inTransaction(RequestRepository::openTranslationJobs).stream()
                .filter(job -> ours.contains(job.request())).toList();

        // 市民課のお知らせです。 is 11 characters, its full stop included; the English text 5 words
        assertThat(open).containsExactlyInAnyOrder(
                new TranslationQueue.OpenJob(waiting.number(), new LanguagePair(JA, EN), 11L),
                new TranslationQueue.OpenJob(waiting.number(), new LanguagePair(JA, zh), 11L),
                new TranslationQueue.OpenJob(accepted.number(), new LanguagePair(EN, JA), 5L));
    }

    @Test
    void theOtherQueriesRunAgainstTheMapping() {
        String hash = "c".repeat(64);
        InterpretingEvent event = new InterpretingEvent(ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, TOKYO),
                ZonedDateTime.of(2026, 12, 10, 16, 0, 0, 0, TOKYO), "市役所", InterpretingMode.CONSECUTIVE,
                "Napier delegation");
        Instant eventStart = event.start();
        RequestNumber citizens = inTransaction(repository -> {
            Request request = submit("citizen:queries", null, NewRequest.translation(JA, EN, "ごみの出し方",
                    LocalDate.of(2027, 1, 8)).from(new CitizenOrigin("Maria Santos", null, LanguageTag.of("en"), hash, "q".repeat(32))),
                    ASKED);
            request.cancel("citizen:queries", null, ASKED.plusSeconds(60));
            repository.add(request);
            return request.number();
        });
        RequestNumber booked = inTransaction(repository -> {
            Request request = submit("ana", "dept-a", new NewRequest(RequestType.INTERPRETATION, null, null, JA,
                    List.of(EN), Map.of(), "行程表", null, event, Set.of(), null), ASKED);
            request.accept("ofelia", ASKED.plusSeconds(60));
            request.interpreting().schedule("ofelia", "tanaka", ASKED.plusSeconds(120));
            repository.add(request);
            return request.number();
        });

        Optional<Request> byLink = inTransaction(repository -> repository.findByStatusTokenHash(hash));
        boolean nonceUsed = inTransaction(repository -> repository.formNonceUsed("q".repeat(32)));
        boolean otherNonceUsed = inTransaction(repository -> repository.formNonceUsed("no-such-nonce"));
        List<Request> byNumber = inTransaction(repository -> repository.findAll(List.of(citizens, booked)));
        List<Request> interpretations = inTransaction(repository -> repository.interpretationsBetween(eventStart,
                eventStart.plusSeconds(60)));
        List<Request> bookings = inTransaction(repository -> repository.bookingsBetween(eventStart,
                eventStart.plusSeconds(60)));
        List<Request> toErase = inTransaction(repository -> repository.citizensClosedBefore(
                ASKED.plusSeconds(86_400), 10));

        assertThat(byLink).map(Request::number).contains(citizens);
        assertThat(nonceUsed).isTrue();
        assertThat(otherNonceUsed).isFalse();
        assertThat(byNumber).extracting(Request::number).containsExactlyInAnyOrder(citizens, booked);
        assertThat(interpretations).extracting(Request::number).containsExactly(booked);
        assertThat(bookings).extracting(Request::number).containsExactly(booked);
        assertThat(toErase).extracting(Request::number).containsExactly(citizens);
    }

    private static Request submit(String requester, String department, NewRequest form, Instant at) {
        return Request.submit(new Submission(next(), requester, department, form,
                new TextCounter(new CountingRates(2000, 400)).count(form.text(), form.sourceLanguage()), null, at,
                TOKYO));
    }
}
