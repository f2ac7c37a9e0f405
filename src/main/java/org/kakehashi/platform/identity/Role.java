package org.kakehashi.platform.identity;

import java.util.Locale;
import java.util.Optional;

/** The roles of PRODUCT.md. Their names double as the candidate groups of the processes' user tasks. */
public enum Role {
    REQUESTER, COORDINATOR, REVIEWER, EXTERNAL_REVIEWER, LINGUIST, PARTNER, OFFICE_MANAGER, ADMIN;

    /** The name used in headers, process candidate groups and JSON: {@code office-manager}. */
    public String groupName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> fromGroupName(String name) {
        for (Role role : values()) {
            if (role.groupName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
