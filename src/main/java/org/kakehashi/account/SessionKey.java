package org.kakehashi.account;

import org.kakehashi.platform.web.SecretToken;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a browser holds of its login session: 256 random bits as 43 base64url characters, sent in the session
 * cookie. The database keeps only their SHA-256, so that a copy of it opens no session.
 */
record SessionKey(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    static SessionKey next() {
        return new SessionKey(SecretToken.next(32));
    }

    /** The key a cookie names; empty when it cannot be one, which spares the database a look for it. */
    static Optional<SessionKey> parse(String cookie) {
        return cookie != null && FORM.matcher(cookie).matches() ? Optional.of(new SessionKey(cookie))
                : Optional.empty();
    }

    /** What the database knows the session by. */
    String hash() {
        return SecretToken.hashOf(value);
    }

    /** Never the key itself: a session in a log or a message is not handed out with it. */
    @Override
    public String toString() {
        return "SessionKey[…]";
    }
}
