package org.kakehashi.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.platform.identity.ClientAddress;
import org.kakehashi.platform.identity.Public;

import java.util.Optional;

/**
 * Logging in with a city account: the login page offers it when the city's provider is configured, and the
 * city-login door sends the browser here with its one-time ticket, which opens a login session like a password
 * does — or, for an account that is no person of the directory, leads to the page that says so.
 */
@Path("session/city")
public class CityLoginResource {

    /** The cookie the door hands its ticket in (src/city-login, CityLoginDoor), sent to this address only. */
    static final String TICKET_COOKIE = "KAKEHASHI_CITY_LOGIN";
    static final String DOOR = "/city-login/";

    /** Whether the login page offers the city login, and where it starts. */
    public record CityLoginOffer(boolean offered, String door) {
    }

    @Inject
    CityLogins cityLogins;
    @Inject
    LoginSessions sessions;
    @Inject
    AuditLog audit;
    @Inject
    ClientAddress clientAddress;
    @Inject
    StartSettings settings;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;
    @Context
    UriInfo uri;

    @GET
    @Path("offer")
    @Public
    @SecurityRequirementsSet
    @Produces(MediaType.APPLICATION_JSON)
    public CityLoginOffer offer() {
        boolean offered = settings.cityLoginProvider().isPresent();
        return new CityLoginOffer(offered, offered ? DOOR : null);
    }

    @GET
    @Public
    @SecurityRequirementsSet
    @APIResponse(responseCode = "303", description = "To the login page, which goes on to the person's first page "
            + "(city-login=done) or asks to try again (city-login=expired), or to the page that refuses a city "
            + "account the directory does not know")
    public Response arrive(@CookieParam(TICKET_COOKIE) String ticket) {
        withdrawTicket();
        Optional<CityAccount> account = settings.cityLoginProvider().isEmpty() || ticket == null
                ? Optional.empty() : cityLogins.redeem(ticket);
        if (account.isEmpty()) {
            return to("/login.html?city-login=expired");
        }
        String from = clientAddress.of(request);
        Optional<Person> person = cityLogins.personOf(account.get());
        if (person.isEmpty()) {
            audit.record(SecurityEvent.Kind.LOGIN_FAILED, account.get().shortName(), null, from,
                    account.get().described() + ": no active person of the directory");
            return to("/city-login-refused.html");
        }
        String username = person.get().username();
        LoginSessions.OpenedSession session = sessions.open(username, SessionCookie.key(request));
        SessionCookie.hand(request, response, session.key());
        audit.record(SecurityEvent.Kind.LOGIN_SUCCEEDED, username, null, from, "with the " + account.get().described());
        return to("/login.html?city-login=done");
    }

    private void withdrawTicket() {
        Cookie withdrawn = new Cookie(TICKET_COOKIE, "");
        withdrawn.setPath("/api/session/city");
        withdrawn.setHttpOnly(true);
        withdrawn.setMaxAge(0);
        response.addCookie(withdrawn);
    }

    /** A page of the site: JAX-RS would take a relative address as one under {@code /api/}. */
    private Response to(String page) {
        return Response.seeOther(uri.getBaseUri().resolve(page)).build();
    }
}
