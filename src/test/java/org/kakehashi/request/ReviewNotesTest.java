package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewNotesTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final Instant MORNING = Instant.parse("2026-12-03T00:30:00Z");
    private static final String COMMENT = "Say \"socially withdrawn people\".";

    /** A job translated by the external linguist lin, sent back by tanaka with a comment. */
    private static Request sentBack() {
        Request request = Request.submit(new Submission(RequestNumber.of(new FiscalYear(2026), 5), "sato",
                "sougou-fukushi", NewRequest.translation(JA, EN, "ひきこもり支援", LocalDate.of(2026, 12, 24)),
                new TextCounter(new CountingRates(2000, 400)).count("ひきこもり支援", JA), null, MORNING, ZoneId.of("Asia/Tokyo")));
        request.accept("emily", MORNING);
        request.onJob(EN).submitTranslation("lin", "Support for recluses", null, MORNING.plusSeconds(60));
        request.onJob(EN).requestChanges("tanaka", COMMENT, MORNING.plusSeconds(120));
        return request;
    }

    private static String commentAs(Request request, Caller reader) {
        TimelineEntry changes = request.timeline().stream()
                .filter(entry -> entry.event() == TimelineEvent.CHANGES_REQUESTED).findFirst().orElseThrow();
        return ReviewNotes.noteFor(request, changes, reader);
    }

    @Test
    void theCitysStaffAndTheLinguistOfTheJobReadTheReviewersComment() {
        Request request = sentBack();

        assertThat(commentAs(request, new Caller("emily", Set.of(Role.COORDINATOR), "mirai-souzou"))).isEqualTo(COMMENT);
        assertThat(commentAs(request, new Caller("sato", Set.of(Role.REQUESTER), "sougou-fukushi"))).isEqualTo(COMMENT);
        assertThat(commentAs(request, new Caller("lin", Set.of(Role.LINGUIST), null))).isEqualTo(COMMENT);
    }

    @Test
    void aPartnersContactAndAnotherLinguistDoNot() {
        Request request = sentBack();

        assertThat(commentAs(request, new Caller("aroha", Set.of(Role.PARTNER), null, "napier"))).isNull();
        assertThat(commentAs(request, new Caller("wang", Set.of(Role.LINGUIST), null))).isNull();
    }

    @Test
    void otherNotesAreNoReviewersAndStayReadable() {
        Request request = sentBack();
        request.cancel("sato", "講演会が中止になりました。", MORNING.plusSeconds(180));
        TimelineEntry cancelled = request.timeline().get(request.timeline().size() - 1);

        assertThat(ReviewNotes.noteFor(request, cancelled, new Caller("aroha", Set.of(Role.PARTNER), null, "napier")))
                .isEqualTo("講演会が中止になりました。");
    }
}
