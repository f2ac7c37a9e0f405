package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a request stands moves only along the steps its status allows, and every move is on its timeline. */
class RequestLifecycleTest {

    private static final RequestNumber NUMBER = RequestNumber.of(new FiscalYear(2026), 7);
    private static final Instant AT = Instant.parse("2026-11-24T00:00:00Z");
    private static final LanguageTag EN = LanguageTag.of("en");

    @Test
    void aNewLifecycleStandsSubmittedWithItsSubmissionOnTheTimeline() {
        RequestLifecycle lifecycle = new RequestLifecycle(AT, "sato");

        assertThat(lifecycle.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(lifecycle.timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo(TimelineEvent.SUBMITTED);
            assertThat(entry.actor()).isEqualTo("sato");
            assertThat(entry.occurredAt()).isEqualTo(AT);
        });
    }

    @Test
    void aStepItsStatusDoesNotAllowIsRefusedNamingTheRequestItsStatusAndTheStep() {
        RequestLifecycle lifecycle = new RequestLifecycle(AT, "sato");

        assertThatThrownBy(() -> lifecycle.require(RequestStep.DELIVER, NUMBER))
                .isInstanceOfSatisfying(RequestProblem.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("request.illegal-transition");
                    assertThat(problem.arguments()).containsExactly(NUMBER.value(), "SUBMITTED", "deliver");
                });
        assertThat(lifecycle.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(lifecycle.timeline()).hasSize(1);
    }

    @Test
    void aStepMovesTheRequestWhereItLeadsAndOneThatLeadsNowhereLeavesItStanding() {
        RequestLifecycle lifecycle = new RequestLifecycle(AT, "sato");

        lifecycle.require(RequestStep.ACCEPT, NUMBER);
        lifecycle.take(RequestStep.ACCEPT, "emily", AT.plusSeconds(60), null, null);
        lifecycle.take(RequestStep.SUBMIT_TRANSLATION, "tom", AT.plusSeconds(120), EN, null);

        assertThat(lifecycle.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(lifecycle.timeline()).extracting(TimelineEntry::event).containsExactly(TimelineEvent.SUBMITTED,
                TimelineEvent.ACCEPTED, TimelineEvent.TRANSLATION_SUBMITTED);
        assertThat(lifecycle.timeline().get(2).target()).isEqualTo(EN);
    }

    @Test
    void aStepsNoteIsKeptStrippedAndABlankOneIsNone() {
        RequestLifecycle lifecycle = new RequestLifecycle(AT, "sato");

        lifecycle.take(RequestStep.ASK_BACK, "emily", AT.plusSeconds(60), null, "  Who reads it?\n");
        lifecycle.take(RequestStep.CANCEL, "sato", AT.plusSeconds(120), null, " ");

        assertThat(lifecycle.timeline()).extracting(TimelineEntry::note).containsExactly(null, "Who reads it?", null);
    }

    @Test
    void anEventThatIsNoStepGoesOnTheTimelineWithoutMovingTheRequest() {
        RequestLifecycle lifecycle = new RequestLifecycle(AT, "sato");

        lifecycle.record(TimelineEvent.TASK_REMINDER, "kakehashi", AT.plusSeconds(60), null, "triageRequest");

        assertThat(lifecycle.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(lifecycle.timeline()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo(TimelineEvent.TASK_REMINDER);
            assertThat(entry.note()).isEqualTo("triageRequest");
        });
    }
}
