package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.DatabaseUnavailable;
import org.kakehashi.platform.web.CsrfToken;

import java.io.IOException;
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
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identities.validate(credential));
        }
        Optional<LoginSession> session;
        try {
            session = SessionCookie.key(request).flatMap(sessions::resume);
        } catch (Exception unread) {
            // the transaction's commit can fail with a checked RollbackException through the interceptor
            if (DatabaseUnavailable.causedBy(unread)) {
                return databaseUnavailable(request, response);
            }
            if (unread instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new AuthenticationException(unread);
        }
        if (session.isEmpty()) {
            return context.doNothing();
        }
        CsrfToken.expect(request, session.get().csrfToken());
        Person person = session.get().person();
        if (person.isActive()) {
            CallerIdentification.identifiedAs(request, new Caller(person.username(), person.roles(),
                    person.department(), person.partner()));
        }
        return context.notifyContainerAboutLogin(AccountIdentityStore.identityOf(person));
    }

    /** The session cannot be read, so neither can anything the request asks for: 503, as the resources answer. */
    private static AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        try {
            DatabaseUnavailable.answer(request, response);
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }
}
