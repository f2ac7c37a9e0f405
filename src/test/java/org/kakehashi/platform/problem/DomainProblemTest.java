package org.kakehashi.platform.problem;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DomainProblemTest {

    private static final class Refused extends DomainProblem {
        Refused(Kind kind, Object... arguments) {
            super(kind, "task.not-found", null, arguments);
        }
    }

    @Test
    void eachKindIsAnsweredWithItsStatus() {
        assertThat(DomainProblem.Kind.values()).extracting(DomainProblem.Kind::status)
                .containsExactly(400, 403, 404, 409, 410);
    }

    @Test
    void theDetailIsInTheReadersLanguageAndAMomentItNamesIsTheCitysDate() {
        // 16:00 UTC on the 19th is already the 20th in Tokyo
        DomainProblem problem = new Refused(DomainProblem.Kind.INVALID, Instant.parse("2026-12-19T16:00:00Z"));

        assertThat(problem.detail(Messages.of(Locale.ENGLISH), ZoneId.of("Asia/Tokyo")))
                .isEqualTo("There is no open task 2026-12-20.");
        assertThat(problem.detail(Messages.of(Locale.JAPANESE), ZoneId.of("UTC")))
                .isEqualTo("未完了のタスク 2026-12-19 は見つかりません。");
    }
}
