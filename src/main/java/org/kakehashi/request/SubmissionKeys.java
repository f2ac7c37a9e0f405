package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.identity.Caller;

import java.time.Clock;
import java.util.Optional;

/** The transactions of {@link IdempotentSubmission}: looking a key up, and submitting with it. */
@ApplicationScoped
class SubmissionKeys {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    RequestSubmission submission;
    @Inject
    Clock clock;

    /**
     * The request an earlier submission under this key made, if any.
     *
     * @throws IdempotencyKeyReusedException when the key was used for a different form
     */
    @Transactional
    Optional<RequestNumber> earlier(Caller caller, String key, String form) {
        SubmissionKey earlier = em.find(SubmissionKey.class, SubmissionKey.idOf(caller.username(), key));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.fingerprint().equals(SubmissionKey.sha256(form))) {
            throw new IdempotencyKeyReusedException(key);
        }
        return Optional.of(earlier.requestNumber());
    }

    /** @param form the form as submitted, whose fingerprint tells a retry from a different submission */
    @Transactional
    Request submit(Caller caller, String key, String form, NewRequest request, SourceFile file) {
        Request submitted = submission.submit(caller, request, file);
        em.persist(new SubmissionKey(caller.username(), key, SubmissionKey.sha256(form), submitted.number(),
                clock.instant()));
        em.flush();
        return submitted;
    }
}
