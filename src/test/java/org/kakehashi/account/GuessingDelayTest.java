package org.kakehashi.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GuessingDelayTest {

    @Test
    void threeMistypedPasswordsCostNothing() {
        assertThat(GuessingDelay.after(1)).isZero();
        assertThat(GuessingDelay.after(3)).isZero();
    }

    @Test
    void eachFurtherWrongPasswordDoublesTheWaitFromOneSecond() {
        assertThat(GuessingDelay.after(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(GuessingDelay.after(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(GuessingDelay.after(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(GuessingDelay.after(13)).isEqualTo(Duration.ofSeconds(512));
    }

    @Test
    void theWaitStopsGrowingAtAQuarterOfAnHour() {
        assertThat(GuessingDelay.after(14)).isEqualTo(Duration.ofMinutes(15));
        assertThat(GuessingDelay.after(1_000)).isEqualTo(Duration.ofMinutes(15));
    }
}
