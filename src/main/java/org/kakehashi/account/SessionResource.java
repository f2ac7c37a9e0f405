package org.kakehashi.account;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.NotIdentifiedException;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.identity.ClientAddress;
import org.kakehashi.platform.web.CsrfToken;

import java.util.List;

/**
 * Logging in and out. A login opens a new {@link LoginSession} (a new key, so a session planted before the login
 * is worth nothing) and answers who the person is and the anti-forgery token the pages send back; a logout ends
 * the session on every node.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record LoginForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }

    /** The person logged in: what the pages show and which of them they offer. */
    public record SessionView(String username, String displayName, List<String> roles, String department,
                              String partner, String csrfToken) {
    }

    @Inject
    SecurityContext security;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;
    @Inject
    Directory directory;
    @Inject
    AuditLog audit;
    @Inject
    ClientAddress clientAddress;
    @Inject
    LoginSessions sessions;
    @Inject
    LoginThrottles throttles;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;

    @POST
    @Public
    @SecurityRequirementsSet
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView login(LoginForm form) {
        LoginForm valid = validation.valid(form);
        String username = valid.username().strip();
        throttles.checkMayTry(username, clientAddress.of(request));
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(valid.password())))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new LoginFailedException();
        }
        LoginSessions.OpenedSession session = sessions.open(username, SessionCookie.key(request));
        SessionCookie.hand(request, response, session.key());
        return view(username, session.csrfToken());
    }

    @GET
    public SessionView current() {
        return view(identification.caller().username(),
                CsrfToken.of(request).orElseThrow(NotIdentifiedException::new));
    }

    @DELETE
    public void logout() {
        Caller caller = identification.caller();
        SessionCookie.key(request).ifPresent(sessions::end);
        SessionCookie.withdraw(request, response);
        audit.record(SecurityEvent.Kind.LOGGED_OUT, caller.username(), null, clientAddress.of(request), null);
    }

    private SessionView view(String username, String csrfToken) {
        Person person = directory.person(username).orElseThrow(NotIdentifiedException::new);
        return new SessionView(person.username(), person.displayName(),
                person.roles().stream().map(Role::groupName).sorted().toList(), person.department(), person.partner(),
                csrfToken);
    }
}
