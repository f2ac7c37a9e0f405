package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final CityCalendar CALENDAR = CityCalendar.standard();
    // 2026-11-24 09:00 in Tokyo
    private static final Instant MORNING = Instant.parse("2026-11-24T00:00:00Z");
    private static final String TEXT = "ひとりで悩んでいませんか？";
    private static final CountingReceipt RECEIPT = new TextCounter(new CountingRates(2000, 400))
            .count(TEXT, LanguageTag.of("ja"));
    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag ZH = LanguageTag.of("zh-Hans");

    private static Request submitted(List<LanguageTag> targets) {
        return submitted(targets, Set.of());
    }

    private static Request submitted(List<LanguageTag> targets, Set<String> partners) {
        return submit(7, "sato", new NewRequest(RequestType.TRANSLATION, Purpose.PUBLIC_NOTICE, null, JA, targets,
                Map.of(), TEXT, LocalDate.of(2026, 12, 10), null, partners, null), MORNING);
    }

    private static Request submit(int sequence, String requester, NewRequest form, Instant at) {
        return Request.submit(new Submission(RequestNumber.of(new FiscalYear(2026), sequence), requester,
                "sougou-fukushi", form, RECEIPT, null, at, TOKYO));
    }

    private static NewRequest translation(LocalDate wantedBy) {
        return NewRequest.translation(JA, EN, TEXT, wantedBy);
    }

    private static NewRequest check(Map<LanguageTag, String> translations) {
        return new NewRequest(RequestType.CHECKING, null, null, JA, List.of(EN), translations, TEXT,
                LocalDate.of(2026, 12, 10), null, Set.of(), null);
    }

    private static NewRequest interpretation(InterpretingEvent event, String preparation) {
        return new NewRequest(RequestType.INTERPRETATION, null, null, JA, List.of(EN), Map.of(), preparation, null,
                event, Set.of(), null);
    }

    private static Request submittedAt(Instant at) {
        return submit(8, "sato", translation(LocalDate.of(2027, 6, 30)), at);
    }

    private static Request submitted() {
        return submitted(List.of(EN));
    }

    private static Request inReview(String translator) {
        Request request = submitted();
        request.accept("emily", MORNING.plusSeconds(60));
        request.onJob(EN).submitTranslation(translator, "Are you struggling alone?", null, MORNING.plusSeconds(120));
        return request;
    }

    @Test
    void aNewRequestWaitsForTriageWithItsSubmissionOnTheTimeline() {
        Request request = submitted();

        assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.jobs()).singleElement().extracting(Job::status).isEqualTo(JobStatus.WAITING);
        assertThat(request.timeline()).singleElement().satisfies(step -> {
            assertThat(step.event()).isEqualTo(TimelineEvent.SUBMITTED);
            assertThat(step.actor()).isEqualTo("sato");
            assertThat(step.occurredAt()).isEqualTo(MORNING);
        });
    }

    @Test
    void eachTargetLanguageBecomesAJobOfItsOwn() {
        Request request = submitted(List.of(EN, ZH));
        request.accept("emily", MORNING);

        assertThat(request.jobs()).extracting(Job::targetLanguage).containsExactly(EN, ZH);
        assertThat(request.jobs()).extracting(Job::status)
                .containsExactly(JobStatus.IN_TRANSLATION, JobStatus.IN_TRANSLATION);
    }

    @Test
    void aTargetLanguageMustDifferFromTheSourceAndAppearOnce() {
        assertThatThrownBy(() -> submit(7, "sato", NewRequest.translation(EN, EN, "Our counters", LocalDate.of(2026,
                12, 10)), MORNING))
                .isInstanceOfSatisfying(RequestProblem.class,
                        e -> assertThat(e.field()).isEqualTo("targetLanguages"));
        assertThatThrownBy(() -> submitted(List.of(EN, EN)))
                .isInstanceOfSatisfying(RequestProblem.class,
                        e -> assertThat(e.messageKey()).isEqualTo("request.targets-repeated"));
        assertThatThrownBy(() -> submitted(List.of()))
                .isInstanceOfSatisfying(RequestProblem.class,
                        e -> assertThat(e.messageKey()).isEqualTo("request.targets-missing"));
    }

    @Test
    void aJapaneseTextIntoJapaneseIsItsEasyJapaneseRewrite() {
        assertThat(submitted(List.of(EN, JA)).jobs()).extracting(Job::targetLanguage).containsExactly(EN, JA);
    }

    @Test
    void anEasyJapaneseVersionWantedIsARewriteJobBesideTheTranslations() {
        Request request = submit(7, "sato", new NewRequest(RequestType.TRANSLATION, Purpose.PUBLIC_NOTICE, null, JA,
                List.of(EN), Map.of(), TEXT, LocalDate.of(2026, 12, 10), null, Set.of(), null,
                EasyJapaneseAnswer.versionWanted()), MORNING);

        assertThat(request.jobs()).extracting(Job::targetLanguage).containsExactly(EN, JA);
        assertThat(request.brief().easyJapanese()).hasValueSatisfying(answer -> assertThat(answer.isWanted()).isTrue());
    }

    @Test
    void noEasyJapaneseVersionIsRecordedWithItsReasonAndMakesNoRewriteJob() {
        Request request = submit(7, "sato", new NewRequest(RequestType.TRANSLATION, Purpose.LETTER_TO_PARTNER, null, JA,
                List.of(EN), Map.of(), TEXT, LocalDate.of(2026, 12, 10), null, Set.of(), null,
                EasyJapaneseAnswer.notNeeded(EasyJapaneseAnswer.Reason.NOT_FOR_RESIDENTS)), MORNING);

        assertThat(request.jobs()).extracting(Job::targetLanguage).containsExactly(EN);
        assertThat(request.brief().easyJapanese()).map(EasyJapaneseAnswer::reason)
                .hasValue(EasyJapaneseAnswer.Reason.NOT_FOR_RESIDENTS);
    }

    @Test
    void onlyAJapaneseTextHasAnEasyJapaneseVersion() {
        assertThatThrownBy(() -> submit(7, "sato", new NewRequest(RequestType.TRANSLATION, null, null, EN,
                List.of(JA), Map.of(), "Our counters open at nine.", LocalDate.of(2026, 12, 10), null, Set.of(), null,
                EasyJapaneseAnswer.versionWanted()), MORNING))
                .isInstanceOfSatisfying(RequestProblem.class, e -> assertThat(e.field()).isEqualTo("easyJapanese"));
    }

    @Test
    void aWantedByDateAlreadyPastInTokyoIsRefused() {
        // 2026-11-24T16:00Z is already 25 November in Tokyo
        Instant tokyoNextDay = Instant.parse("2026-11-24T16:00:00Z");
        assertThatThrownBy(() -> submit(1, "sato", translation(LocalDate.of(2026, 11, 24)), tokyoNextDay))
                .isInstanceOfSatisfying(RequestProblem.class,
                        e -> assertThat(e.field()).isEqualTo("wantedBy"));
    }

    @Test
    void aCheckNeedsTheTranslationToCheckAndStartsInReview() {
        assertThatThrownBy(() -> submit(2, "sato", check(Map.of()), MORNING))
                .isInstanceOfSatisfying(RequestProblem.class,
                        e -> assertThat(e.field()).isEqualTo("existingTranslations"));

        Request check = submit(2, "sato", check(Map.of(EN, "Are you worried alone?")), MORNING);
        check.accept("emily", MORNING);

        assertThat(check.job(EN).status()).isEqualTo(JobStatus.IN_REVIEW);
        assertThat(check.job(EN).translation()).isEqualTo("Are you worried alone?");
        check.onJob(EN).approve("tanaka", MORNING);
        assertThat(check.status()).isEqualTo(RequestStatus.READY);
    }

    @Test
    void aRejectionKeepsItsReasonAndTheTimelineItsComment() {
        Request request = submitted();

        assertThatThrownBy(() -> request.reject("emily", "other", "  ", MORNING))
                .as("the reason 'other' needs a comment")
                .isInstanceOfSatisfying(RequestProblem.class, e -> assertThat(e.field()).isEqualTo("comment"));
        request.reject("emily", "refused-topic", "政治的な内容のため", MORNING.plusSeconds(60));

        assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(request.triage().rejectionReason()).isEqualTo("refused-topic");
        assertThat(request.job(EN).status()).isEqualTo(JobStatus.DROPPED);
        assertThat(request.timeline()).last().satisfies(step -> {
            assertThat(step.event()).isEqualTo(TimelineEvent.REJECTED);
            assertThat(step.note()).isEqualTo("政治的な内容のため");
        });
    }

    @Test
    void aRejectedRequestCannotBeTranslatedApprovedOrDelivered() {
        Request request = submitted();
        request.reject("emily", "refused-topic", null, MORNING);

        assertThatThrownBy(() -> request.accept("emily", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.illegal-transition");
        assertThatThrownBy(() -> request.onJob(EN).submitTranslation("emily", "text", null, MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.illegal-transition");
        assertThatThrownBy(() -> request.onJob(EN).approve("tanaka", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.illegal-transition");
        assertThatThrownBy(() -> request.deliver("kakehashi", MORNING, TOKYO, CALENDAR))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.illegal-transition");
        assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
    }

    @Test
    void whoeverSentATranslationToBeCheckedCannotReviewIt() {
        Request check = submit(3, "emily", check(Map.of(EN, "Are you worried alone?")), MORNING);
        check.accept("emily", MORNING);

        assertThat(check.onJob(EN).translationAuthor()).isEqualTo("emily");
        assertThatThrownBy(() -> check.onJob(EN).approve("emily", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("review.own-translation");
        assertThat(check.job(EN).status()).isEqualTo(JobStatus.IN_REVIEW);
        check.onJob(EN).approve("tanaka", MORNING);
        assertThat(check.status()).isEqualTo(RequestStatus.READY);
    }

    @Test
    void theTranslatorCannotReviewTheirOwnTranslation() {
        Request request = inReview("emily");

        assertThatThrownBy(() -> request.onJob(EN).approve("emily", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("review.own-translation");
        assertThatThrownBy(() -> request.onJob(EN).requestChanges("emily", "looks fine", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("review.own-translation");
        assertThat(request.job(EN).status()).isEqualTo(JobStatus.IN_REVIEW);
    }

    @Test
    void anotherPersonApprovesAndTheRequestCanThenBeDelivered() {
        Request request = inReview("emily");

        request.onJob(EN).approve("tanaka", MORNING.plusSeconds(180));
        request.deliver("kakehashi", MORNING.plusSeconds(200), TOKYO, CALENDAR);

        assertThat(request.status()).isEqualTo(RequestStatus.DELIVERED);
        assertThat(request.job(EN).reviewer()).isEqualTo("tanaka");
        assertThat(request.timeline()).extracting(TimelineEntry::event).containsExactly(
                TimelineEvent.SUBMITTED, TimelineEvent.ACCEPTED, TimelineEvent.TRANSLATION_SUBMITTED,
                TimelineEvent.APPROVED, TimelineEvent.DELIVERED);
    }

    @Test
    void theRequestIsReadyOnlyWhenEveryJobIsApproved() {
        Request request = submitted(List.of(EN, ZH));
        request.accept("emily", MORNING);
        request.onJob(EN).submitTranslation("emily", "Are you struggling alone?", null, MORNING);
        request.onJob(EN).approve("tanaka", MORNING);

        assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThatThrownBy(() -> request.deliver("kakehashi", MORNING, TOKYO, CALENDAR))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.illegal-transition");

        request.onJob(ZH).submitTranslation("lin", "你是否独自烦恼？", null, MORNING);
        request.onJob(ZH).approve("tanaka", MORNING);
        assertThat(request.status()).isEqualTo(RequestStatus.READY);
    }

    @Test
    void requestedChangesSendTheTranslationBackForAnotherRound() {
        Request request = inReview("emily");

        assertThatThrownBy(() -> request.onJob(EN).requestChanges("tanaka", "", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessage("review.comment-missing [comment]");
        request.onJob(EN).requestChanges("tanaka", "「相談員」は counselor に", MORNING.plusSeconds(180));
        assertThat(request.job(EN).status()).isEqualTo(JobStatus.CHANGES_REQUESTED);

        request.onJob(EN).submitTranslation("emily", "Are you struggling alone? Our counselors…", null,
                MORNING.plusSeconds(240));
        assertThat(request.job(EN).status()).isEqualTo(JobStatus.IN_REVIEW);
        assertThat(request.job(EN).translation()).isEqualTo("Are you struggling alone? Our counselors…");
    }

    @Test
    void anUnapprovedTranslationIsNotDelivered() {
        Request request = inReview("emily");

        assertThatThrownBy(() -> request.deliver("kakehashi", MORNING, TOKYO, CALENDAR))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.illegal-transition");
    }

    @Test
    void onlyTheRequesterAnswersTheCoordinatorsQuestionAndTriageResumes() {
        Request request = submitted();
        request.askBack("emily", "どの媒体に掲載しますか？", MORNING);
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_ANSWER);

        assertThatThrownBy(() -> request.answer("suzuki", "広報紙です", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.not-the-requester");
        request.answer("sato", "広報紙とホームページです", MORNING.plusSeconds(60));

        assertThat(request.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.timeline()).extracting(TimelineEntry::event).containsExactly(
                TimelineEvent.SUBMITTED, TimelineEvent.QUESTION_ASKED, TimelineEvent.QUESTION_ANSWERED);
    }

    @Test
    void anUnansweredRequestIsRemindedThenLapses() {
        Request request = submitted();
        request.askBack("emily", "原稿の最終版はありますか？", MORNING);

        request.recordReminder("kakehashi", MORNING.plusSeconds(60));
        request.lapse("kakehashi", MORNING.plusSeconds(120));

        assertThat(request.status()).isEqualTo(RequestStatus.LAPSED);
        assertThatThrownBy(() -> request.answer("sato", "遅れてすみません", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.illegal-transition");
    }

    @Test
    void theRequesterCanCancelUntilDelivery() {
        Request inReview = inReview("emily");
        assertThatThrownBy(() -> inReview.cancel("tanaka", null, MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.not-the-requester");
        inReview.cancel("sato", "イベントが中止になりました", MORNING.plusSeconds(300));
        assertThat(inReview.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(inReview.job(EN).status()).isEqualTo(JobStatus.DROPPED);
        assertThat(inReview.timeline()).last().extracting(TimelineEntry::note).isEqualTo("イベントが中止になりました");

        Request delivered = inReview("emily");
        delivered.onJob(EN).approve("tanaka", MORNING);
        delivered.deliver("kakehashi", MORNING, TOKYO, CALENDAR);
        assertThatThrownBy(() -> delivered.cancel("sato", null, MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.illegal-transition");
    }

    @Test
    void everyPartnerConfirmsReceiptOnceAndOnlyOfWhatWasDeliveredToThem() {
        Request request = submitted(List.of(EN), Set.of("napier", "qinhuangdao"));
        request.accept("emily", MORNING);
        request.onJob(EN).submitTranslation("emily", "Are you struggling alone?", null, MORNING);
        request.onJob(EN).approve("tanaka", MORNING);
        assertThatThrownBy(() -> request.confirmReceipt("napier", "aroha", MORNING))
                .as("nothing delivered yet").isInstanceOf(RequestProblem.class)
                .hasMessageStartingWith("request.illegal-transition");
        request.deliver("kakehashi", MORNING, TOKYO, CALENDAR);

        assertThat(request.confirmReceipt("napier", "aroha", MORNING)).isFalse();
        assertThatThrownBy(() -> request.confirmReceipt("napier", "aroha", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.illegal-transition");
        assertThatThrownBy(() -> request.confirmReceipt("sapporo", "someone", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessageStartingWith("request.not-addressed-to-partner");
        assertThat(request.confirmReceipt("qinhuangdao", "wang", MORNING)).isTrue();
        assertThat(request.timeline()).filteredOn(e -> e.event() == TimelineEvent.RECEIPT_CONFIRMED)
                .extracting(TimelineEntry::note).containsExactly("napier", "qinhuangdao");
    }

    @Test
    void anInterpretationIsBookedHeldAndReportedAndCannotBeWithdrawnOnceHeld() {
        var event = new org.kakehashi.request.InterpretingEvent(
                java.time.ZonedDateTime.of(2026, 12, 10, 13, 0, 0, 0, TOKYO),
                java.time.ZonedDateTime.of(2026, 12, 10, 16, 0, 0, 0, TOKYO), "市役所",
                org.kakehashi.request.InterpretingMode.CONSECUTIVE, "Napier delegation");
        Request request = submit(9, "sato", interpretation(event, "行程表"), MORNING);

        assertThat(request.brief().wantedBy()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThatThrownBy(() -> request.interpreting().schedule("emily", "emily", MORNING))
                .as("not accepted yet").isInstanceOf(RequestProblem.class)
                .hasMessageStartingWith("request.illegal-transition");
        request.accept("emily", MORNING);
        assertThatThrownBy(() -> request.interpreting().schedule("emily", " ", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessage("interpretation.interpreter-missing [interpreter]");
        request.interpreting().schedule("emily", "tanaka", MORNING);
        request.interpreting().recordHeld("kakehashi", MORNING);
        assertThatThrownBy(() -> request.cancel("sato", "延期", MORNING))
                .as("the event took place").isInstanceOf(RequestProblem.class)
                .hasMessageStartingWith("request.illegal-transition");
        assertThatThrownBy(() -> request.interpreting().report("tanaka", "", MORNING))
                .isInstanceOf(RequestProblem.class).hasMessage("interpretation.report-missing [comment]");
        request.interpreting().report("tanaka", "Smooth; the delegation asked for the slides in English.", MORNING);

        assertThat(request.status()).isEqualTo(RequestStatus.REPORTED);
        assertThat(request.status().isClosed()).isTrue();
    }

    @Test
    void aDateBeyondTheCalendarIsRefusedOnItsField() {
        assertThatThrownBy(() -> submit(2, "sato", translation(LocalDate.of(2100, 1, 4)), MORNING))
                .isInstanceOfSatisfying(RequestProblem.class, e -> assertThat(e.field()).isEqualTo("wantedBy"));
        var intoTheNextCentury = new org.kakehashi.request.InterpretingEvent(
                java.time.ZonedDateTime.of(2099, 12, 31, 22, 0, 0, 0, TOKYO),
                java.time.ZonedDateTime.of(2100, 1, 1, 1, 0, 0, 0, TOKYO), "市役所",
                org.kakehashi.request.InterpretingMode.CONSECUTIVE, null);
        assertThatThrownBy(() -> submit(9, "sato", interpretation(intoTheNextCentury, null), MORNING))
                .isInstanceOfSatisfying(RequestProblem.class, e -> assertThat(e.field()).isEqualTo("event.end"));
    }

    @Test
    void anInterpretationEventMustLieAhead() {
        var past = new org.kakehashi.request.InterpretingEvent(
                java.time.ZonedDateTime.of(2026, 11, 1, 13, 0, 0, 0, TOKYO),
                java.time.ZonedDateTime.of(2026, 11, 1, 14, 0, 0, 0, TOKYO), "市役所",
                org.kakehashi.request.InterpretingMode.ESCORT, null);

        assertThatThrownBy(() -> submit(9, "sato", interpretation(past, null), MORNING))
                .isInstanceOfSatisfying(RequestProblem.class, e -> assertThat(e.field()).isEqualTo("event.start"));
    }

    @Test
    void aRequestSentAfterMidnightInTokyoOnTheFirstOfAprilIsReceivedInTheNewFiscalYear() {
        // 2027-03-31 15:30 UTC is 2027-04-01 00:30 in Tokyo: 令和9年度, not 令和8年度
        Request request = submittedAt(Instant.parse("2027-03-31T15:30:00Z"));

        assertThat(request.turnaround().receivedOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(FiscalYear.of(request.turnaround().receivedOn())).isEqualTo(new FiscalYear(2027));
    }

    @Test
    void theTurnaroundCountsOnlyCityBusinessDaysBetweenReceiptAndDelivery() {
        // received Friday 25 December 2026; the weekend, then Monday 28th, then the year-end closure 29 December to
        // 3 January, then Monday 4 January: two business days
        Request request = submittedAt(Instant.parse("2026-12-25T01:00:00Z"));
        request.accept("emily", Instant.parse("2026-12-25T02:00:00Z"));
        request.onJob(EN).submitTranslation("emily", "Are you struggling alone?", null,
                Instant.parse("2026-12-28T02:00:00Z"));
        request.onJob(EN).approve("tanaka", Instant.parse("2027-01-04T01:00:00Z"));

        request.deliver("kakehashi", Instant.parse("2027-01-04T02:00:00Z"), TOKYO, CALENDAR);

        assertThat(request.turnaround().businessDays()).contains(2);
    }
}
