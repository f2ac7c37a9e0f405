package org.kakehashi.platform.web;

import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's anti-forgery token: 256 random bits issued at login, which the pages send back in the
 * {@value #HEADER} header of every state-changing request. Another site can make a browser send the session
 * cookie, but cannot read the token.
 */
public final class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    public static String issue(HttpSession session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** The session's token, issuing one for a session that has none yet. */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        return token == null ? issue(session) : (String) token;
    }

    static boolean matches(HttpSession session, String presented) {
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return expected != null && presented != null && MessageDigest.isEqual(
                ((String) expected).getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
