package org.kakehashi.review;

import org.junit.jupiter.api.Test;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.Request;
import org.kakehashi.request.TestRequests;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewerPoolTest {

    private static final LanguagePair JA_EN = LanguagePair.parse("ja>en");
    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final String REVIEWERS = Role.REVIEWER.groupName();
    private static final String EXTERNAL_REVIEWERS = Role.EXTERNAL_REVIEWER.groupName();

    private static Person tanaka() {
        return new Person("tanaka", "田中", "mirai-souzou", null, Set.of(Role.REVIEWER), Set.of(JA_EN));
    }

    private static Request translatedIntoEnglishBy(String translator) {
        Request request = TestRequests.translation("sato", JA, EN);
        request.accept("emily", TestRequests.SUBMITTED_AT.plusSeconds(60));
        request.onJob(EN).submitTranslation(translator, "Are you struggling alone?", null,
                TestRequests.SUBMITTED_AT.plusSeconds(120));
        return request;
    }

    @Test
    void aReviewerOfThePairWhoDidNotWriteTheTranslationMayReview() {
        assertThat(ReviewerPool.canReview(tanaka(), Role.REVIEWER, JA_EN, "emily")).isTrue();
    }

    @Test
    void aClosedAccountIsNoReviewer() {
        Person closed = tanaka();
        closed.deactivate(Instant.parse("2026-11-30T08:00:00Z"));

        assertThat(ReviewerPool.canReview(closed, Role.REVIEWER, JA_EN, "emily")).isFalse();
    }

    @Test
    void theAuthorOfTheTranslationIsNoReviewerOfIt() {
        assertThat(ReviewerPool.canReview(tanaka(), Role.REVIEWER, JA_EN, "tanaka")).isFalse();
    }

    @Test
    void someoneWithoutThePairIsNoReviewer() {
        assertThat(ReviewerPool.canReview(tanaka(), Role.REVIEWER, LanguagePair.parse("ja>zh-Hans"), "emily"))
                .isFalse();
    }

    @Test
    void theRoutedGroupReviewsWhenOneOfItsPeopleCoversThePairAndDidNotTranslate() {
        Request request = translatedIntoEnglishBy("emily");

        assertThat(ReviewerPool.reviewingGroup(request, EN, REVIEWERS, List.of(tanaka()))).isEqualTo(REVIEWERS);
    }

    @Test
    void aReviewerNeverReviewsTheirOwnTranslation() {
        Request request = translatedIntoEnglishBy("tanaka");

        assertThat(ReviewerPool.reviewingGroup(request, EN, REVIEWERS, List.of(tanaka())))
                .as("the only reviewer of ja>en translated it")
                .isEqualTo(EXTERNAL_REVIEWERS);
    }

    @Test
    void aReviewerWhoSentTheirOwnTranslationToBeCheckedDoesNotReviewIt() {
        Request check = TestRequests.checking("tanaka", JA, EN, "Are you worried alone?");
        check.accept("emily", TestRequests.SUBMITTED_AT.plusSeconds(60));

        assertThat(ReviewerPool.reviewingGroup(check, EN, REVIEWERS, List.of(tanaka())))
                .isEqualTo(EXTERNAL_REVIEWERS);
    }

    @Test
    void aLinguistOfThePairOutsideTheRoutedGroupDoesNotKeepTheReviewInIt() {
        Person linguist = new Person("nguyen", "Nguyen", null, null, Set.of(Role.LINGUIST), Set.of(JA_EN));

        assertThat(ReviewerPool.reviewingGroup(translatedIntoEnglishBy("emily"), EN, REVIEWERS, List.of(linguist)))
                .isEqualTo(EXTERNAL_REVIEWERS);
    }

    @Test
    void aJobIntoALanguageNoReviewerCoversGoesToTheExternalReviewers() {
        Request request = TestRequests.translation("sato", JA, LanguageTag.of("vi"));
        request.accept("emily", TestRequests.SUBMITTED_AT.plusSeconds(60));

        assertThat(ReviewerPool.reviewingGroup(request, LanguageTag.of("vi"), REVIEWERS, List.of(tanaka())))
                .isEqualTo(EXTERNAL_REVIEWERS);
    }
}
