package org.kakehashi.platform.identity;

import java.util.List;
import java.util.Set;

/**
 * Who is calling: a user name, their roles, their department (a code; null for people outside the city) and,
 * for a partner's contact, their partner organisation.
 */
public record Caller(String username, Set<Role> roles, String department, String partner) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Someone of the city or a linguist: no partner organisation. */
    public Caller(String username, Set<Role> roles, String department) {
        this(username, roles, department, null);
    }

    /** The coordinators and the office manager: they see and run everything of the office. */
    public boolean isOffice() {
        return has(Role.COORDINATOR) || has(Role.OFFICE_MANAGER);
    }

    /** The office and the linguists and reviewers, in-house or external: the people who see the memory's matches. */
    public boolean translatesOrReviews() {
        return isOffice() || has(Role.LINGUIST) || has(Role.REVIEWER) || has(Role.EXTERNAL_REVIEWER);
    }

    /**
     * Someone outside the city's own staff — a contracted linguist, an external reviewer, a partner's contact —
     * whom the residents' My Numbers never reach.
     */
    public boolean isOutsideTheCity() {
        return !isOffice() && (has(Role.LINGUIST) || has(Role.EXTERNAL_REVIEWER) || has(Role.PARTNER));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The process engine's candidate groups this caller belongs to. */
    public List<String> groups() {
        return roles.stream().map(Role::groupName).sorted().toList();
    }
}
