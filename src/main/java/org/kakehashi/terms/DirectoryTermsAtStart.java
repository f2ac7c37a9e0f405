package org.kakehashi.terms;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.DirectoryNamesChanged;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, after the demo office is opened, brings the termbase's directory entries up to the directory: a
 * database of an earlier release gets them, and a change made while this node was down is caught up. Each in a
 * transaction of its own, so that a node starting beside another that made the same entry first goes on.
 */
@ApplicationScoped
public class DirectoryTermsAtStart {

    private static final Logger LOG = Logger.getLogger(DirectoryTermsAtStart.class.getName());

    @Inject
    DirectoryTerms terms;
    @Inject
    OneEntry oneEntry;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700)
                 @Initialized(ApplicationScoped.class) Object started) {
        for (DirectoryNamesChanged thing : terms.everything()) {
            try {
                oneEntry.synchronise(thing);
            } catch (Exception e) {
                // a commit refused by the other node's entry comes as the checked RollbackException, passed on as
                // it is by the transaction's interceptor
                LOG.log(Level.INFO, "the entry of " + DirectoryTerms.key(thing) + " was made elsewhere", e);
            }
        }
    }

    /** One entry's transaction. */
    @ApplicationScoped
    static class OneEntry {

        @Inject
        DirectoryTerms terms;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        void synchronise(DirectoryNamesChanged thing) {
            terms.synchronise(thing);
        }
    }
}
