package org.kakehashi.account;

import org.kakehashi.platform.identity.NotIdentifiedException;

/**
 * A login refused, for whatever reason — unknown name, wrong password, locked or closed account: the answer is
 * the same for all, so it tells an attacker nothing.
 */
public class LoginFailedException extends NotIdentifiedException {

    public LoginFailedException() {
        super("account.login-failed");
    }
}
