package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kakehashi.platform.problem.AccessRefused;

/** Every refused access, forged requests apart from the rest, goes into the audit log. */
@ApplicationScoped
class RefusalAudit {

    @Inject
    AuditLog audit;

    void onRefusal(@Observes AccessRefused refused) {
        audit.record(refused.messageKey().startsWith("csrf.")
                        ? SecurityEvent.Kind.CSRF_REFUSED : SecurityEvent.Kind.ACCESS_REFUSED,
                refused.username(), null, refused.remoteAddress(), refused.request() + " — " + refused.messageKey());
    }
}
