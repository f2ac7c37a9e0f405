package org.kakehashi.platform.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SendingTest {

    private static final Instant QUEUED_AT = Instant.parse("2026-12-04T01:00:00Z");
    private final Backoff twoAttempts = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 2);

    @Test
    void aMessageGivenUpOnIsFailedUntilAPersonSendsItAgainFromNow() {
        Sending sending = Sending.queued(QUEUED_AT);
        sending.failed("connection refused", QUEUED_AT, twoAttempts);
        assertThat(sending.status()).isEqualTo(Sending.Status.QUEUED);
        assertThat(sending.nextAttemptAt()).isEqualTo(QUEUED_AT.plusSeconds(30));

        sending.failed("connection refused", QUEUED_AT.plusSeconds(30), twoAttempts);
        assertThat(sending.status()).isEqualTo(Sending.Status.FAILED);
        assertThat(sending.lastError()).isEqualTo("connection refused");

        Instant later = QUEUED_AT.plus(Duration.ofDays(1));
        sending.retry(later);
        assertThat(sending.status()).isEqualTo(Sending.Status.QUEUED);
        assertThat(sending.attempts()).isZero();
        assertThat(sending.nextAttemptAt()).isEqualTo(later);
    }

    @Test
    void aMessageSentForgetsItsLastError() {
        Sending sending = Sending.queued(QUEUED_AT);
        sending.failed("the receiver answered 503", QUEUED_AT, twoAttempts);
        sending.sent(QUEUED_AT.plusSeconds(31));

        assertThat(sending.status()).isEqualTo(Sending.Status.SENT);
        assertThat(sending.attempts()).isEqualTo(2);
        assertThat(sending.lastError()).isNull();
        assertThat(sending.sentAt()).isEqualTo(QUEUED_AT.plusSeconds(31));
    }

    @Test
    void aLongErrorIsCutToItsColumn() {
        Sending sending = Sending.queued(QUEUED_AT);
        sending.failed("x".repeat(5000), QUEUED_AT, twoAttempts);

        assertThat(sending.lastError()).hasSize(1000);
    }
}
