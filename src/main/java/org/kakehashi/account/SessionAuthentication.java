package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Login into a server session. Credentials arrive only through {@code POST /api/session}, which hands them to
 * {@code SecurityContext.authenticate}; the session then carries the caller on every later request. A request
 * without a session goes on anonymously, and each endpoint decides what an anonymous caller may do — the public
 * form and status links need no login, everything else answers 401.
 */
@ApplicationScoped
@AutoApplySession
public class SessionAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identities;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identities.validate(credential));
        }
        return context.doNothing();
    }
}
