package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.identity.Caller;

import java.util.Optional;
import java.util.function.Supplier;

/** The transactions of {@link IdempotentSubmission}: submitting under a key, and looking a key up. */
@ApplicationScoped
class SubmissionKeys {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    RequestSubmission submission;

    /**
     * A new request, made under the key. The key is not looked up first: a retry is rare, and the key's unique
     * constraint refuses it all the same — its transaction rolls back (its request number stays unused) and
     * {@link IdempotentSubmission} answers with the earlier request.
     */
    @Transactional
    IdempotentSubmission.Outcome submit(Supplier<Caller> caller, String key, String form, NewRequest request,
                                        SourceFile file) {
        Caller submitter = caller.get();
        if (key == null) {
            return new IdempotentSubmission.Outcome(submission.submit(submitter, request, file), false);
        }
        Request submitted = submission.submit(submitter, request, file,
                SubmissionKey.of(submitter.username(), key, form));
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
        Optional<Request> earlier = em.createQuery("select r from Request r where r.submissionKey.id = :id", Request.class)
                .setParameter("id", SubmissionKey.idOf(caller.username(), key))
                .getResultStream()
                .findFirst();
        if (earlier.isPresent() && !earlier.get().submissionKey().orElseThrow().isFor(form)) {
            throw RequestProblem.idempotencyKeyReused(key);
        }
        return earlier.map(Request::number);
    }
}
