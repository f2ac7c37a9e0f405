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
        return Request.submit(NUMBER, RequestType.TRANSLATION, Purpose.PUBLIC_NOTICE, null, requester, DEPARTMENT,
                source, List.of(targets), Map.of(), TEXT, new TextCounter(CountingRates.DEFAULT).count(TEXT, source),
                WANTED_BY, SUBMITTED_AT, TOKYO);
    }

    /** A department's request to check the translation it made itself. */
    public static Request checking(String requester, LanguageTag source, LanguageTag target, String translation) {
        return Request.submit(NUMBER, RequestType.CHECKING, Purpose.PUBLIC_NOTICE, null, requester, DEPARTMENT,
                source, List.of(target), Map.of(target, translation), TEXT,
                new TextCounter(CountingRates.DEFAULT).count(TEXT, source), WANTED_BY, SUBMITTED_AT, TOKYO);
    }

    /** A translation request sent on the public form; {@code email} may be null, the form does not require one. */
    public static Request citizenTranslation(String name, String email, LanguageTag source, LanguageTag target) {
        Request request = Request.submit(NUMBER, RequestType.TRANSLATION, null, null, "citizen:0123456789ab", null,
                source, List.of(target), Map.of(), TEXT, new TextCounter(CountingRates.DEFAULT).count(TEXT, source),
                WANTED_BY, SUBMITTED_AT, TOKYO);
        request.identifyCitizen(name, email, "f".repeat(64), "n".repeat(32));
        return request;
    }

    /** A department's interpretation request for an afternoon event on 2026-12-10 at city hall. */
    public static Request interpretation(String requester, LanguageTag source, LanguageTag target) {
        InterpretingEvent event = new InterpretingEvent(ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, TOKYO),
                ZonedDateTime.of(2026, 12, 10, 16, 0, 0, 0, TOKYO), "市役所", InterpretingMode.CONSECUTIVE,
                "Napier delegation");
        return Request.interpretation(NUMBER, null, requester, DEPARTMENT, source, target, event, "行程表",
                new TextCounter(CountingRates.DEFAULT).count("行程表", source), SUBMITTED_AT, TOKYO);
    }
}
