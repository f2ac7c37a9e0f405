package org.kakehashi.citylogin;

import jakarta.annotation.Resource;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.annotation.WebServlet;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;

/**
 * Reached only after the city's OpenID provider logged the person in: writes a one-time ticket with what the ID
 * token says of them and sends the browser to Kakehashi, which redeems it ({@code GET /api/session/city}), decides
 * whether the account is a person of its directory and opens its own login session. The ticket travels in a
 * cookie only that address receives, never in the address bar.
 */
@WebServlet("")
public class CityLoginDoor extends HttpServlet {

    static final String TICKET_COOKIE = "KAKEHASHI_CITY_LOGIN";
    static final String REDEMPTION = "/api/session/city";

    @Resource(lookup = "java:jboss/datasources/KakehashiDS")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        IDToken token = principal.getOidcSecurityContext().getIDToken();
        String ticket;
        try {
            ticket = new HandOverTickets(dataSource).issue(token.getIssuer(), token.getSubject(),
                    token.getPreferredUsername(), token.getEmail());
        } catch (SQLException e) {
            throw new IOException("the city login could not be handed over", e);
        }
        Cookie cookie = new Cookie(TICKET_COOKIE, ticket);
        cookie.setPath(REDEMPTION);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) HandOverTickets.LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(REDEMPTION);
    }
}
