package org.kakehashi.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Instant NINE = Instant.parse("2026-12-03T00:00:00Z");

    @Test
    void theFourthWrongPasswordInARowMakesTheSourceWaitASecond() {
        LoginThrottle throttle = new LoginThrottle("kimura", "192.0.2.7");
        for (int i = 0; i < 3; i++) {
            throttle.recordWrong(NINE);
        }
        assertThat(throttle.waitAt(NINE)).isEmpty();

        assertThat(throttle.recordWrong(NINE)).isEqualTo(4);
        assertThat(throttle.waitAt(NINE.plusMillis(400))).contains(Duration.ofMillis(600));
        assertThat(throttle.waitAt(NINE.plusSeconds(1))).isEmpty();
    }

    @Test
    void aRunOfWrongPasswordsADayOldIsForgotten() {
        LoginThrottle throttle = new LoginThrottle("kimura", "192.0.2.7");
        for (int i = 0; i < 10; i++) {
            throttle.recordWrong(NINE);
        }
        assertThat(throttle.recordWrong(NINE.plus(Duration.ofHours(25)))).isEqualTo(1);
    }
}
