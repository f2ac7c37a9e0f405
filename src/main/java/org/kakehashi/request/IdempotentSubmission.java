package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.kakehashi.platform.identity.Caller;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Submitting through the API, in one transaction from the caller's lookup to the commit. Under an
 * {@code Idempotency-Key} a double click or a client's retry creates one request and gets the same answer every
 * time. The key's row commits with the request, under a primary key, so a retry, or the second of two identical
 * submissions racing each other, fails on it — and then answers with the request the first made.
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
    RequestWork work;

    /**
     * @param caller who submits, looked up inside the submission's transaction
     * @param key    the client's Idempotency-Key, or null to make a request on every call
     * @param form   what identifies the submission's content: the same key with another form is refused
     * @throws RequestProblem when the key came before with a different form
     */
    public Outcome submit(Supplier<Caller> caller, String key, String form, NewRequest request, SourceFile file) {
        try {
            return keys.submit(caller, key, form, request, file);
        } catch (PersistenceException | TransactionalException keyTaken) {
            if (key == null) {
                throw keyTaken;
            }
            Caller submitter = caller.get();
            return new Outcome(work.get(awaitWinner(submitter, key, form).orElseThrow(() -> keyTaken)), true);
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
