package org.kakehashi.citizen;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormTokenTest {

    private static final byte[] KEY = "the office's form key, 32 bytes!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "another server's key, 32 bytes!!".getBytes(StandardCharsets.US_ASCII);
    // 2026-11-24 09:00 in Tokyo
    private static final Instant FETCHED = Instant.parse("2026-11-24T00:00:00Z");

    private static void assertRefusedAs(String token, Instant at, String messageKey) {
        assertThatThrownBy(() -> FormToken.check(KEY, token, at))
                .isInstanceOfSatisfying(CitizenProblem.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo(messageKey);
                    assertThat(problem.field()).isEqualTo("formToken");
                });
    }

    @Test
    void aFormSentAMinuteAfterItsTokenWasFetchedIsAcceptedAndGivesTheTokensNonce() {
        String token = FormToken.issue(KEY, FETCHED);

        String nonce = FormToken.check(KEY, token, FETCHED.plus(Duration.ofMinutes(1)));

        assertThat(token.split("\\.")[1]).isEqualTo(nonce);
        assertThat(nonce).as("16 random bytes in URL-safe Base64").hasSize(22);
    }

    @Test
    void aFormSentWithinThreeSecondsOfFetchingItsTokenIsTooFastForAPerson() {
        String token = FormToken.issue(KEY, FETCHED);

        assertRefusedAs(token, FETCHED.plusSeconds(2), "citizen.form-too-fast");
        assertThat(FormToken.check(KEY, token, FETCHED.plusSeconds(3))).isNotBlank();
    }

    @Test
    void aTokenIsGoodForTwoHoursAndNoLonger() {
        String token = FormToken.issue(KEY, FETCHED);

        assertThat(FormToken.check(KEY, token, Instant.parse("2026-11-24T02:00:00Z"))).isNotBlank();
        assertRefusedAs(token, Instant.parse("2026-11-24T02:00:01Z"), "citizen.form-token-expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = FormToken.issue(OTHER_KEY, FETCHED);

        assertRefusedAs(forged, FETCHED.plus(Duration.ofMinutes(1)), "citizen.form-token-invalid");
    }

    @Test
    void aTokenWhoseIssueTimeWasMovedBackToSkipTheWaitIsRefused() {
        String[] parts = FormToken.issue(KEY, FETCHED).split("\\.");
        String backdated = (FETCHED.getEpochSecond() - 60) + "." + parts[1] + "." + parts[2];

        assertRefusedAs(backdated, FETCHED.plusSeconds(1), "citizen.form-token-invalid");
    }

    @Test
    void aSubmissionWithoutAWellFormedTokenIsRefused() {
        Instant later = FETCHED.plus(Duration.ofMinutes(1));

        assertRefusedAs(null, later, "citizen.form-token-invalid");
        assertRefusedAs("", later, "citizen.form-token-invalid");
        assertRefusedAs("1764000000.bm9uY2U", later, "citizen.form-token-invalid");
    }

    @Test
    void tokensFetchedAtTheSameMomentHaveDifferentNonces() {
        Instant later = FETCHED.plus(Duration.ofMinutes(1));

        String first = FormToken.check(KEY, FormToken.issue(KEY, FETCHED), later);
        String second = FormToken.check(KEY, FormToken.issue(KEY, FETCHED), later);

        assertThat(first).isNotEqualTo(second);
    }
}
