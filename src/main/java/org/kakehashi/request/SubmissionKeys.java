package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.identity.Caller;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** The transactions of {@link IdempotentSubmission}: submitting under a key, and looking a key up. */
@ApplicationScoped
class SubmissionKeys {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    RequestSubmission submission;
    @Inject
    Clock clock;

    /**
     * A new request, made with the key's row. The key is not looked up first: a retry is rare, and the key's primary
     * key refuses it all the same — its transaction rolls back (its request number stays unused) and
     * {@link IdempotentSubmission} answers with the earlier request.
     */
    @Transactional
    IdempotentSubmission.Outcome submit(Supplier<Caller> caller, String key, String form, NewRequest request,
                                        SourceFile file) {
        Caller submitter = caller.get();
        if (key == null) {
            return new IdempotentSubmission.Outcome(submission.submit(submitter, request, file), false);
        }
        Request submitted = submission.submit(submitter, request, file);
        em.persist(new SubmissionKey(submitter.username(), key, SubmissionKey.sha256(form), submitted.number(),
                clock.instant()));
        em.flush();
        return new IdempotentSubmission.Outcome(submitted, false);
    }

    /**
     * The request an earlier submission under this key made, if any.
     *
     * @throws RequestProblem when the key was used for a different form
     */
    @Transactional
    Optional<RequestNumber> earlier(Caller caller, String key, String form) {
        SubmissionKey earlier = em.find(SubmissionKey.class, SubmissionKey.idOf(caller.username(), key));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.fingerprint().equals(SubmissionKey.sha256(form))) {
            throw RequestProblem.idempotencyKeyReused(key);
        }
        return Optional.of(earlier.requestNumber());
    }
}
