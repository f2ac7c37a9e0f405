package org.kakehashi.review;

import org.junit.jupiter.api.Test;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.platform.identity.Role;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewerPoolTest {

    private static final LanguagePair JA_EN = LanguagePair.parse("ja>en");

    private static Person tanaka() {
        return new Person("tanaka", "田中", "mirai-souzou", null, Set.of(Role.REVIEWER), Set.of(JA_EN));
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
}
