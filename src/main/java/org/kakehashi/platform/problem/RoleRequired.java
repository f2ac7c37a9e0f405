package org.kakehashi.platform.problem;

import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

/** A step only people with a role may take, refused (403) to everyone else with the feature's own explanation. */
public final class RoleRequired extends DomainProblem {

    private RoleRequired(String messageKey) {
        super(Kind.FORBIDDEN, messageKey, null);
    }

    /**
     * @param messageKey what only that role may do, in the caller's language
     * @return the caller, who has the role
     */
    public static Caller require(Caller caller, Role role, String messageKey) {
        if (!caller.has(role)) {
            throw new RoleRequired(messageKey);
        }
        return caller;
    }
}
