package org.kakehashi.notification;

import org.kakehashi.platform.problem.DomainProblem;

import java.util.UUID;

/** Refusals about mail: one that does not exist, a reader who may not see the outbox, an unknown preference. */
class NotificationProblem extends DomainProblem {

    private NotificationProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(kind, messageKey, field, arguments);
    }

    static NotificationProblem noSuchMail(UUID id) {
        return new NotificationProblem(Kind.NOT_FOUND, "mail.no-such-mail", null, id);
    }

    static NotificationProblem officeOnly() {
        return new NotificationProblem(Kind.FORBIDDEN, "mail.office-only", null);
    }

    static NotificationProblem unknownStatus(String given) {
        return new NotificationProblem(Kind.INVALID, "mail.unknown-status", "status", given);
    }

    static NotificationProblem unknownPreference(String given) {
        return new NotificationProblem(Kind.INVALID, "mail.unknown-preference", "preference", given);
    }
}
