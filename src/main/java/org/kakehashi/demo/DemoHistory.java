package org.kakehashi.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.request.IntakeRules;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.request.InterpretingMode;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestNumbers;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestType;
import org.kakehashi.request.Submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo office's fiscal year so far, so that the reports page has something to show: a few requests a week
 * since 1 April, each walked through the domain's own steps at past moments to its end — delivered, turned down,
 * lapsed, withdrawn, or for interpretations held and reported. Only finished requests, as they need no process
 * instance; the same every time for the same year (a fixed seed).
 */
@ApplicationScoped
@Transactional
public class DemoHistory {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag ZH = LanguageTag.of("zh-Hans");
    private static final List<String> REQUESTERS = List.of("sato", "suzuki");
    private static final Map<String, String> DEPARTMENTS = Map.of("sato", "sougou-fukushi", "suzuki", "gyousei-kanri");
    private static final List<String> REASONS = List.of("refused-topic", "medical-or-legal", "certified-translation",
            "not-city-business");

    @Inject
    RequestRepository requests;
    @Inject
    RequestNumbers numbers;
    @Inject
    TextCounter counter;
    @Inject
    IntakeRules intake;
    @Inject
    CityClosedDays closedDays;
    @Inject
    Clock clock;

    /** @param texts Japanese texts to translate; @param englishTexts English ones */
    public void lay(List<String> texts, List<String> englishTexts) {
        LocalDate today = LocalDate.now(clock);
        FiscalYear year = FiscalYear.of(today);
        CityCalendar calendar = closedDays.calendar();
        Random random = new Random(year.startYear());
        for (LocalDate day = calendar.nextOpenDayOnOrAfter(year.firstDay()); day.isBefore(today.minusDays(14));
             day = calendar.addBusinessDays(day, 1 + random.nextInt(3))) {
            String requester = REQUESTERS.get(random.nextInt(REQUESTERS.size()));
            int fate = random.nextInt(100);
            if (fate < 6) {
                interpreted(requester, day, random);
            } else if (fate < 16) {
                String english = englishTexts.get(random.nextInt(englishTexts.size()));
                delivered(requester, day, EN, List.of(JA), english, calendar, random);
            } else {
                String text = texts.get(random.nextInt(texts.size()));
                Request request = received(requester, day, JA, targets(random), text, calendar, random);
                if (fate < 24) {
                    request.reject("emily", REASONS.get(random.nextInt(REASONS.size())), null, at(day, 14));
                } else if (fate < 28) {
                    request.askBack("emily", "掲載先と想定読者を教えてください。", at(day, 14));
                    request.lapse("kakehashi", at(calendar.addBusinessDays(day, 10), 9));
                } else if (fate < 31) {
                    request.cancel(requester, "行事が中止になりました。", at(calendar.addBusinessDays(day, 1), 9));
                } else {
                    walkToDelivery(request, day, calendar, random);
                }
                requests.add(request);
            }
        }
    }

    private void delivered(String requester, LocalDate day, LanguageTag source, List<LanguageTag> targets,
                           String text, CityCalendar calendar, Random random) {
        Request request = received(requester, day, source, targets, text, calendar, random);
        walkToDelivery(request, day, calendar, random);
        requests.add(request);
    }

    private Request received(String requester, LocalDate day, LanguageTag source, List<LanguageTag> targets,
                             String text, CityCalendar calendar, Random random) {
        LocalDate wantedBy = calendar.addBusinessDays(day, random.nextInt(4) == 0 ? 3 : 10 + random.nextInt(15));
        NewRequest form = new NewRequest(RequestType.TRANSLATION, null, null, source, targets, Map.of(), text,
                wantedBy, null, Set.of(), null);
        Request request = Request.submit(new Submission(numbers.next(FiscalYear.of(day)), requester,
                DEPARTMENTS.get(requester), form, counter.count(text, source), null, at(day, 10), clock.getZone()));
        request.noteIntakeFindings(intake.check(RequestType.TRANSLATION, day, wantedBy, text,
                request.brief().receipt().characters(), false, null));
        return request;
    }

    private void walkToDelivery(Request request, LocalDate day, CityCalendar calendar, Random random) {
        request.accept("emily", at(day, 11));
        LocalDate translated = calendar.addBusinessDays(day, 1 + random.nextInt(8));
        for (var job : request.jobs()) {
            LanguageTag target = job.targetLanguage();
            String translator = target.equals(ZH) ? "lin" : "emily";
            request.onJob(target).submitTranslation(translator, "（訳文）", null, at(translated, 15));
            request.onJob(target).approve(translator.equals("emily") ? "tanaka" : "emily", at(translated, 17));
        }
        LocalDate delivered = calendar.addBusinessDays(translated, random.nextInt(2));
        request.deliver("kakehashi", at(delivered, 17).plusSeconds(1800), clock.getZone(), calendar);
    }

    private void interpreted(String requester, LocalDate day, Random random) {
        LocalDate eventDay = day.plusDays(14 + random.nextInt(10));
        if (!eventDay.isBefore(LocalDate.now(clock))) {
            return;
        }
        ZoneId zone = clock.getZone();
        int hours = 1 + random.nextInt(3);
        InterpretingEvent event = new InterpretingEvent(eventDay.atTime(13, 0).atZone(zone),
                eventDay.atTime(13 + hours, 0).atZone(zone), "市役所 第1会議室", InterpretingMode.CONSECUTIVE,
                "Napier City Council delegation");
        NewRequest form = new NewRequest(RequestType.INTERPRETATION, null, null, JA, List.of(EN), Map.of(), "視察行程",
                null, event, Set.of(), null);
        Request request = Request.submit(new Submission(numbers.next(FiscalYear.of(day)), requester,
                DEPARTMENTS.get(requester), form, counter.count("視察行程", JA), null, at(day, 10), zone));
        request.accept("emily", at(day, 11));
        request.interpreting().schedule("emily", "emily", at(day, 12));
        request.interpreting().recordHeld("kakehashi", at(eventDay, 13 + hours));
        request.interpreting().report("emily", "市長表敬と意見交換会の逐次通訳を行いました。", at(eventDay, 17));
        requests.add(request);
    }

    private static List<LanguageTag> targets(Random random) {
        int pick = random.nextInt(10);
        return pick < 6 ? List.of(EN) : pick < 8 ? List.of(ZH) : List.of(EN, ZH);
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
    }
}
