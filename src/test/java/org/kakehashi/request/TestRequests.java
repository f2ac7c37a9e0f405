package org.kakehashi.request;

import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * New requests for the unit tests, as just submitted; each test takes them on through the aggregate's own steps.
 * Every unit test builds its requests here, so that a change to the aggregate's factories is made in this file.
 */
public final class TestRequests {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Tuesday 2026-11-24, 09:00 in Tokyo. */
    public static final Instant SUBMITTED_AT = Instant.parse("2026-11-24T00:00:00Z");
    public static final RequestNumber NUMBER = RequestNumber.of(new FiscalYear(2026), 42);
    public static final String DEPARTMENT = "sougou-fukushi";

    private static final String TEXT = "ひとりで悩んでいませんか？";
    private static final LocalDate WANTED_BY = LocalDate.of(2026, 12, 10);

    private TestRequests() {
    }

    /** A department's translation request into each of the targets. */
    public static Request translation(String requester, LanguageTag source, LanguageTag... targets) {
        return translationAlsoFor(Set.of(), requester, source, targets);
    }

    /** A department's translation request whose delivery also goes to the partners. */
    public static Request translationAlsoFor(Set<String> partners, String requester, LanguageTag source,
                                             LanguageTag... targets) {
        return submit(requester, DEPARTMENT, new NewRequest(RequestType.TRANSLATION, Purpose.PUBLIC_NOTICE, null,
                source, List.of(targets), Map.of(), TEXT, WANTED_BY, null, partners, null));
    }

    /** A department's request to check the translation it made itself. */
    public static Request checking(String requester, LanguageTag source, LanguageTag target, String translation) {
        return submit(requester, DEPARTMENT, new NewRequest(RequestType.CHECKING, Purpose.PUBLIC_NOTICE, null, source,
                List.of(target), Map.of(target, translation), TEXT, WANTED_BY, null, Set.of(), null));
    }

    /**
     * A translation request sent on the public form, in the language of the text; {@code email} may be null, the
     * form does not require one.
     */
    public static Request citizenTranslation(String name, String email, LanguageTag source, LanguageTag target) {
        return citizenTranslation(name, email, source, source, target);
    }

    /** The same, on the form in another language than the text's. */
    public static Request citizenTranslation(String name, String email, LanguageTag formLanguage, LanguageTag source,
                                             LanguageTag target) {
        return submit("citizen:0123456789ab", null, NewRequest.translation(source, target, TEXT, WANTED_BY)
                .from(new CitizenOrigin(name, email, formLanguage, "f".repeat(64), "n".repeat(32))));
    }

    /** A department's interpretation request for an afternoon event on 2026-12-10 at city hall. */
    public static Request interpretation(String requester, LanguageTag source, LanguageTag target) {
        InterpretingEvent event = new InterpretingEvent(ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, TOKYO),
                ZonedDateTime.of(2026, 12, 10, 16, 0, 0, 0, TOKYO), "市役所", InterpretingMode.CONSECUTIVE,
                "Napier delegation");
        return submit(requester, DEPARTMENT, new NewRequest(RequestType.INTERPRETATION, null, null, source,
                List.of(target), Map.of(), "行程表", null, event, Set.of(), null));
    }

    /** What the intake rules would have found, for tests outside the package that note findings on a request. */
    public static IntakeFinding finding(IntakeFinding.Kind kind, String detail) {
        return new IntakeFinding(kind, detail);
    }

    private static Request submit(String requester, String department, NewRequest form) {
        return Request.submit(new Submission(NUMBER, requester, department, form,
                new TextCounter(new CountingRates(2000, 400)).count(form.text(), form.sourceLanguage()), null, SUBMITTED_AT,
                TOKYO));
    }
}
