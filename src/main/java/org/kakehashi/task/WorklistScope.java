package org.kakehashi.task;

import org.kakehashi.platform.identity.Caller;

import java.util.List;

/**
 * Whose tasks a caller's worklist holds. Ordinarily their own tasks and the unclaimed tasks of their candidate
 * groups; asked for one of their groups, that group's tasks, claimed or not; asked for a group they are not in,
 * nothing.
 */
record WorklistScope(String user, List<String> groups, boolean wholeGroup) {

    static WorklistScope of(Caller caller, String group) {
        if (group == null) {
            return new WorklistScope(caller.username(), caller.groups(), false);
        }
        return new WorklistScope(caller.username(), caller.groups().contains(group) ? List.of(group) : List.of(),
                true);
    }

    boolean empty() {
        return wholeGroup && groups.isEmpty();
    }
}
