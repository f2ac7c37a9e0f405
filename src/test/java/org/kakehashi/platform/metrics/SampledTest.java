package org.kakehashi.platform.metrics;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SampledTest {

    private static final Instant START = Instant.parse("2026-12-04T00:00:00Z");

    private static final class MovableClock extends Clock {
        Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theDatabaseIsAskedAgainOnlyOnceTheValueIsHalfAMinuteOld() {
        MovableClock clock = new MovableClock();
        AtomicInteger reads = new AtomicInteger();
        Sampled<Integer> sampled = new Sampled<>(reads::incrementAndGet, 0, clock);

        assertThat(sampled.get()).isEqualTo(1);
        clock.now = START.plus(Duration.ofSeconds(29));
        assertThat(sampled.get()).isEqualTo(1);
        clock.now = START.plus(Duration.ofSeconds(30));
        assertThat(sampled.get()).isEqualTo(2);
    }

    @Test
    void aFailedReadKeepsTheValueBeforeItAndTheNextScrapeTriesAgain() {
        MovableClock clock = new MovableClock();
        AtomicInteger reads = new AtomicInteger();
        Sampled<Integer> sampled = new Sampled<>(() -> {
            if (reads.incrementAndGet() == 2) {
                throw new IllegalStateException("the database is down");
            }
            return reads.get() * 10;
        }, 0, clock);

        assertThat(sampled.get()).isEqualTo(10);
        clock.now = START.plus(Duration.ofMinutes(1));
        assertThat(sampled.get()).isEqualTo(10);
        clock.now = START.plus(Duration.ofMinutes(2));
        assertThat(sampled.get()).isEqualTo(30);
    }
}
