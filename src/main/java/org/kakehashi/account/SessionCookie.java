package org.kakehashi.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Arrays;
import java.util.Optional;

/**
 * The cookie that carries a login session's {@link SessionKey}: HttpOnly, for the whole application, gone when the
 * browser closes. {@code undertow-handlers.conf} adds SameSite, and Secure when the request came over TLS, to every
 * cookie.
 */
final class SessionCookie {

    static final String NAME = "KAKEHASHI_SESSION";

    private SessionCookie() {
    }

    static Optional<SessionKey> key(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> SessionKey.parse(cookie.getValue()));
    }

    static void hand(HttpServletRequest request, HttpServletResponse response, SessionKey key) {
        response.addCookie(cookie(request, key.value(), -1));
    }

    /** Tells the browser to forget its key (the session itself is ended in the database). */
    static void withdraw(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setHttpOnly(true);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
