package org.kakehashi.platform.outbox;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an outbox's round (send what is due, batch after batch) one at a time on this node: asked while a round
 * runs, it goes round once more when that one ends, so a message queued meanwhile is not left for the next poll.
 * Stopped as the application stops, it starts no round and waits for the one under way: a round cut off by the
 * application's end would leave its transaction, and the outbox rows it holds, open until the transaction timeout.
 */
public final class Drain {

    private static final Logger LOG = Logger.getLogger(Drain.class.getName());

    private final String outbox;
    private final Runnable round;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private ScheduledFuture<?> polling;

    /** @param outbox what the log calls it when a round fails */
    public Drain(String outbox, Runnable round) {
        this.outbox = outbox;
        this.round = round;
    }

    /** Sends batch after batch for as long as they come back full: there may be more due. */
    public static void inBatches(IntUnaryOperator sendBatch, int size) {
        while (sendBatch.applyAsInt(size) == size) {
            // a full batch: there may be more due
        }
    }

    /** A round every interval, for retries and for what another node queued. */
    public void pollEvery(ManagedScheduledExecutorService executor, Duration interval) {
        long seconds = interval.toSeconds();
        polling = executor.scheduleWithFixedDelay(this::run, seconds, seconds, TimeUnit.SECONDS);
    }

    /** @param roundEnd how long to wait for a round under way to end */
    public void stop(Duration roundEnd) {
        stopped.set(true);
        if (polling != null) {
            polling.cancel(false);
        }
        long deadline = System.nanoTime() + roundEnd.toNanos();
        while (running.get() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void run() {
        if (stopped.get()) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            wanted.set(true);
            return;
        }
        try {
            do {
                wanted.set(false);
                round.run();
            } while (wanted.get() && !stopped.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the " + outbox + " could not be read; trying again at the next poll", e);
        } finally {
            running.set(false);
        }
    }
}
