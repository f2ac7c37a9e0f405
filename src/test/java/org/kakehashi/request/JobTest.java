package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The work on one target language, as the translationJob subprocess of bpmn/translation-request.bpmn runs it:
 * translated, unless the request is a check, then reviewed, and translated again when the reviewer asks for changes.
 */
class JobTest {

    private static final LanguageTag EN = LanguageTag.of("en");

    private static Job started(RequestType type) {
        Job job = new Job(EN, type == RequestType.CHECKING ? "Are you worried alone?" : null);
        job.start(type);
        return job;
    }

    @Test
    void aTranslationAwaitsItsTranslatorAndACheckGoesStraightToReview() {
        Job translation = started(RequestType.TRANSLATION);
        assertThat(translation.awaitsTranslation()).isTrue();
        assertThat(translation.inReview()).isFalse();

        Job check = started(RequestType.CHECKING);
        assertThat(check.awaitsTranslation()).isFalse();
        assertThat(check.inReview()).isTrue();
    }

    @Test
    void aJobWaitingForTriageIsReadyForNoStep() {
        Job waiting = new Job(EN, null);

        assertThat(waiting.awaitsTranslation()).isFalse();
        assertThat(waiting.inReview()).isFalse();
    }

    @Test
    void requestedChangesSendTheJobBackToItsTranslatorAndApprovalEndsItsWork() {
        Job job = started(RequestType.TRANSLATION);
        job.translated("emily", "Are you struggling alone?", null);
        assertThat(job.inReview()).isTrue();

        job.changesRequested("tanaka", "「相談員」は counselor に");
        assertThat(job.awaitsTranslation()).isTrue();
        assertThat(job.status()).isEqualTo(JobStatus.CHANGES_REQUESTED);

        job.translated("emily", "Are you struggling alone? Our counselors…", null);
        job.approved("tanaka");
        assertThat(job.status()).isEqualTo(JobStatus.READY);
        assertThat(job.awaitsTranslation()).isFalse();
        assertThat(job.inReview()).isFalse();
        assertThat(job.reviewer()).isEqualTo("tanaka");
    }

    @Test
    void aTranslationNeedsItsTextAndRequestedChangesTheirComment() {
        Job job = started(RequestType.TRANSLATION);
        assertThatThrownBy(() -> job.translated("emily", " ", null))
                .isInstanceOf(RequestProblem.class).hasMessage("request.translation-missing [translation]");
        assertThat(job.awaitsTranslation()).isTrue();

        job.translated("emily", "Are you struggling alone?", null);
        assertThatThrownBy(() -> job.changesRequested("tanaka", null))
                .isInstanceOf(RequestProblem.class).hasMessage("review.comment-missing [comment]");
        assertThat(job.inReview()).isTrue();
        assertThat(job.reviewer()).isNull();
    }

    @Test
    void aClosedRequestDropsItsJobsButNotOneAlreadyApproved() {
        Job approved = started(RequestType.CHECKING);
        approved.approved("tanaka");
        Job inTranslation = started(RequestType.TRANSLATION);

        approved.drop();
        inTranslation.drop();

        assertThat(approved.status()).isEqualTo(JobStatus.READY);
        assertThat(inTranslation.status()).isEqualTo(JobStatus.DROPPED);
    }

    @Test
    void erasingATranslationKeepsWhoTranslatedIt() {
        Job job = started(RequestType.TRANSLATION);
        job.translated("emily", "Are you struggling alone?", null);

        job.eraseTranslation(Instant.parse("2027-03-01T00:00:00Z"));

        assertThat(job.translation()).isEmpty();
        assertThat(job.translator()).isEqualTo("emily");
    }
}
