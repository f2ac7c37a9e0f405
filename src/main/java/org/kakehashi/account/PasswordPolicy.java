package org.kakehashi.account;

import java.util.Locale;

/**
 * What a password must be (NIST SP 800-63B): at least 12 characters, any characters, and not the user name.
 * No composition rules and no expiry; the lock after repeated failures guards against guessing.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @throws AccountProblem on {@code password} when it falls short */
    static void check(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw AccountProblem.invalid("password", "account.password-length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw AccountProblem.invalid("password", "account.password-contains-username");
        }
    }
}
