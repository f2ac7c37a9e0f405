package org.kakehashi.platform.identity;

import java.util.List;
import java.util.Set;

/** Who is calling: a user name, their roles and their department (a code; null for people outside the city). */
public record Caller(String username, Set<Role> roles, String department) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The process engine's candidate groups this caller belongs to. */
    public List<String> groups() {
        return roles.stream().map(Role::groupName).sorted().toList();
    }
}
