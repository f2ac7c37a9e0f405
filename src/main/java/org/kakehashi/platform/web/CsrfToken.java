package org.kakehashi.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * A login session's anti-forgery token: 256 random bits issued with the session and kept with it, which the pages
 * send back in the {@value #HEADER} header of every state-changing request. Another site can make a browser send
 * the session cookie, but cannot read the token. The authentication mechanism hands the token of the session it
 * found to the request, where {@link ForgeryProtection} compares it.
 */
public final class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = CsrfToken.class.getName();

    private CsrfToken() {
    }

    public static String next() {
        return SecretToken.next(32);
    }

    /** Makes the token of the session this request came with the one its state changes must carry. */
    public static void expect(HttpServletRequest request, String token) {
        request.setAttribute(ATTRIBUTE, token);
    }

    /** The token of the session this request came with; empty for an anonymous request. */
    public static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }

    static boolean matches(HttpServletRequest request, String presented) {
        return presented != null && of(request)
                .filter(expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII)))
                .isPresent();
    }
}
