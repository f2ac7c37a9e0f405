package org.kakehashi.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.request.IntakeRules;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumbers;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestType;
import org.kakehashi.request.Submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Requests of past fiscal years made through the domain's own steps at chosen moments, for the report tests:
 * fiscal years 2019 and 2020 belong to these tests alone, so they are emptied before each fixture is laid.
 */
@ApplicationScoped
@Transactional
public class ReportFixtures {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag ZH = LanguageTag.of("zh-Hans");

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    RequestRepository requests;
    @Inject
    RequestNumbers numbers;
    @Inject
    TextCounter counter;
    @Inject
    IntakeRules intake;

    private final CityCalendar calendar = CityCalendar.standard();

    public void forgetFiscalYears2019And2020() {
        em.createQuery("select r from Request r where r.turnaround.receivedOn between :first and :last", Request.class)
                .setParameter("first", new FiscalYear(2019).firstDay())
                .setParameter("last", new FiscalYear(2020).lastDay())
                .getResultList()
                .forEach(em::remove);
    }

    /** Received, and waiting for triage ever since. */
    public void received(String department, String text, LocalDateTime receivedInTokyo) {
        add(submit(department, JA, List.of(EN), text, tokyo(receivedInTokyo)));
    }

    public void rejected(String department, String text, LocalDateTime receivedInTokyo, String reason) {
        Instant at = tokyo(receivedInTokyo);
        Request request = submit(department, JA, List.of(EN), text, at);
        request.reject("emily", reason, null, at.plusSeconds(3600));
        add(request);
    }

    public void lapsed(String department, String text, LocalDateTime receivedInTokyo) {
        Instant at = tokyo(receivedInTokyo);
        Request request = submit(department, JA, List.of(ZH, EN), text, at);
        request.askBack("emily", "掲載先はどこですか？", at.plusSeconds(3600));
        request.lapse("kakehashi", at.plusSeconds(30 * 86_400));
        add(request);
    }

    public void delivered(String department, LanguageTag source, LanguageTag target, String text,
                          LocalDateTime receivedInTokyo, LocalDateTime deliveredInTokyo, LocalDate wantedBy) {
        Instant at = tokyo(receivedInTokyo);
        Request request = Request.submit(new Submission(numbers.next(FiscalYear.of(receivedInTokyo.toLocalDate())),
                "sato", department, NewRequest.translation(source, target, text, wantedBy), counter.count(text, source),
                null, at, TOKYO));
        request.noteIntakeFindings(intake.check(RequestType.TRANSLATION, receivedInTokyo.toLocalDate(), wantedBy, text,
                request.brief().receipt().characters(), false, null));
        Instant done = tokyo(deliveredInTokyo);
        request.accept("emily", at.plusSeconds(60));
        request.onJob(target).submitTranslation("emily", "translated", null, done.minusSeconds(7200));
        request.onJob(target).approve("tanaka", done.minusSeconds(3600));
        request.deliver("kakehashi", done, TOKYO, calendar);
        add(request);
    }

    /** An interpretation booked, held and reported. */
    public void interpreted(String department, LocalDateTime receivedInTokyo, LocalDateTime start,
                            LocalDateTime end) {
        Instant at = tokyo(receivedInTokyo);
        InterpretingEvent event = new InterpretingEvent(start.atZone(TOKYO), end.atZone(TOKYO), "市役所 大会議室",
                InterpretingMode.CONSECUTIVE, "Napier delegation");
        NewRequest form = new NewRequest(RequestType.INTERPRETATION, null, null, JA, List.of(EN), Map.of(), "", null,
                event, Set.of(), null);
        Request request = Request.submit(new Submission(numbers.next(FiscalYear.of(receivedInTokyo.toLocalDate())),
                "sato", department, form, counter.count("", JA), null, at, TOKYO));
        request.accept("emily", at.plusSeconds(60));
        request.interpreting().schedule("emily", "emily", at.plusSeconds(120));
        request.interpreting().recordHeld("kakehashi", tokyo(end));
        request.interpreting().report("emily", "通訳しました。", tokyo(end).plusSeconds(3600));
        add(request);
    }

    private Request submit(String department, LanguageTag source, List<LanguageTag> targets, String text,
                           Instant at) {
        LocalDate received = LocalDate.ofInstant(at, TOKYO);
        CountingReceipt receipt = counter.count(text, source);
        NewRequest form = new NewRequest(RequestType.TRANSLATION, null, null, source, targets, Map.of(), text,
                received.plusMonths(2), null, Set.of(), null);
        return Request.submit(new Submission(numbers.next(FiscalYear.of(received)), "sato", department, form, receipt,
                null, at, TOKYO));
    }

    private void add(Request request) {
        requests.add(request);
    }

    private static Instant tokyo(LocalDateTime time) {
        return time.atZone(TOKYO).toInstant();
    }
}
