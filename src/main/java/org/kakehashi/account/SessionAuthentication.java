package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kakehashi.platform.web.CsrfToken;

import java.util.Optional;

/**
 * Who is calling, on every request and on every node: the person of the {@link LoginSession} whose key the
 * session cookie carries. Credentials arrive only through {@code POST /api/session}, which hands them to
 * {@code SecurityContext.authenticate} and then opens the session. A request without an open session goes on
 * anonymously, and each endpoint decides what an anonymous caller may do — the public form and status links need
 * no login, everything else answers 401.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identities;
    @Inject
    LoginSessions sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identities.validate(credential));
        }
        Optional<LoginSession> session = SessionCookie.key(request).flatMap(sessions::resume);
        if (session.isEmpty()) {
            return context.doNothing();
        }
        CsrfToken.expect(request, session.get().csrfToken());
        return context.notifyContainerAboutLogin(AccountIdentityStore.identityOf(session.get().person()));
    }
}
