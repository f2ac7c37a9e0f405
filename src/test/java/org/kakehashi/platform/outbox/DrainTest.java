package org.kakehashi.platform.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A drain stopped as the application stops lets the round under way end, and starts no other. */
class DrainTest {

    @Test
    void stoppingWaitsForTheRoundUnderWayAndThenStartsNoRound() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        Drain drain = new Drain("test outbox", () -> {
            rounds.incrementAndGet();
            inRound.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread round = new Thread(drain::run);
        round.start();
        assertThat(inRound.await(5, TimeUnit.SECONDS)).isTrue();

        Thread stopping = new Thread(() -> drain.stop(Duration.ofSeconds(5)));
        stopping.start();
        stopping.join(200);
        assertThat(stopping.isAlive()).as("stop waits while the round runs").isTrue();
        drain.run();
        release.countDown();
        stopping.join(5_000);
        round.join(5_000);

        assertThat(stopping.isAlive()).isFalse();
        drain.run();
        assertThat(rounds).hasValue(1);
    }
}
