package org.kakehashi.platform.outbox;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an outbox's round (send what is due, batch after batch) one at a time on this node: asked while a round
 * runs, it goes round once more when that one ends, so a message queued meanwhile is not left for the next poll.
 */
public final class Drain {

    private static final Logger LOG = Logger.getLogger(Drain.class.getName());

    private final String outbox;
    private final Runnable round;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    /** @param outbox what the log calls it when a round fails */
    public Drain(String outbox, Runnable round) {
        this.outbox = outbox;
        this.round = round;
    }

    public void run() {
        if (!running.compareAndSet(false, true)) {
            wanted.set(true);
            return;
        }
        try {
            do {
                wanted.set(false);
                round.run();
            } while (wanted.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the " + outbox + " could not be read; trying again at the next poll", e);
        } finally {
            running.set(false);
        }
    }
}
