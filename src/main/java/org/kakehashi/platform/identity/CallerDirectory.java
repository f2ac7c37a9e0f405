package org.kakehashi.platform.identity;

import java.util.Optional;

/** Where the callers' roles and places come from: the directory of people, which implements it. */
public interface CallerDirectory {

    /** The person as a caller, when they are known and their account is open. */
    Optional<Caller> activeCaller(String username);
}
