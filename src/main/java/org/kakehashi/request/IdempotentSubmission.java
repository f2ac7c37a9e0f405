package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.kakehashi.platform.identity.Caller;

import java.util.Optional;

/**
 * Submitting under an {@code Idempotency-Key}: a double click or a client's retry creates one request and gets
 * the same answer every time. The key's row commits with the request, under a primary key, so of two identical
 * submissions racing each other the second fails on it — and then answers with the request the first made.
 */
@ApplicationScoped
public class IdempotentSubmission {

    /** How long a submission that lost the race waits for the winner's commit to become visible. */
    private static final int REPLAY_ATTEMPTS = 50;
    private static final long REPLAY_PAUSE_MILLIS = 100;

    /** What the submission answers: the request, and whether it was made by an earlier call with the same key. */
    public record Outcome(Request request, boolean replayed) {
    }

    @Inject
    SubmissionKeys keys;
    @Inject
    RequestSubmission submission;
    @Inject
    RequestWork work;

    /**
     * @param form what identifies the submission's content: the same key with another form is refused
     * @throws IdempotencyKeyReusedException when the key came before with a different form
     */
    public Outcome submit(Caller caller, String key, String form, NewRequest request, SourceFile file) {
        Optional<RequestNumber> earlier = keys.earlier(caller, key, form);
        if (earlier.isPresent()) {
            return new Outcome(work.get(earlier.get()), true);
        }
        try {
            return new Outcome(keys.submit(caller, key, form, request, file), false);
        } catch (PersistenceException | TransactionalException lostTheRace) {
            return new Outcome(work.get(awaitWinner(caller, key, form).orElseThrow(() -> lostTheRace)), true);
        }
    }

    private Optional<RequestNumber> awaitWinner(Caller caller, String key, String form) {
        for (int i = 0; i < REPLAY_ATTEMPTS; i++) {
            Optional<RequestNumber> winner = keys.earlier(caller, key, form);
            if (winner.isPresent()) {
                return winner;
            }
            try {
                Thread.sleep(REPLAY_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
