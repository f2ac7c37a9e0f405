package org.kakehashi.platform.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private static final Instant FAILED_AT = Instant.parse("2026-12-04T01:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 12);

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBefore() {
        assertThat(backoff.nextAttempt(1, FAILED_AT)).contains(FAILED_AT.plusSeconds(30));
        assertThat(backoff.nextAttempt(2, FAILED_AT)).contains(FAILED_AT.plusSeconds(60));
        assertThat(backoff.nextAttempt(3, FAILED_AT)).contains(FAILED_AT.plusSeconds(120));
    }

    @Test
    void noWaitIsLongerThanTheLongest() {
        // 30 s × 2^7 = 64 minutes
        assertThat(backoff.nextAttempt(8, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(1)));
    }

    @Test
    void afterTheLastAttemptTheMessageIsGivenUpOn() {
        assertThat(backoff.nextAttempt(11, FAILED_AT)).isPresent();
        assertThat(backoff.nextAttempt(12, FAILED_AT)).isEmpty();
    }
}
