package org.kakehashi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery, refused on every state-changing request: one that names another site in its
 * {@code Origin} is refused outright, and one made with a logged-in session must carry the session's
 * {@link CsrfToken}. Requests without a session (login, the public form) carry no authority to abuse.
 */
@Provider
public class ForgeryProtection implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, request.getHeaderString("Host"))) {
            throw new ForgeryRefusedException("csrf.foreign-origin");
        }
        if (http.getUserPrincipal() != null
                && !CsrfToken.matches(http, request.getHeaderString(CsrfToken.HEADER))) {
            throw new ForgeryRefusedException("csrf.token-missing");
        }
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            return host != null && uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
