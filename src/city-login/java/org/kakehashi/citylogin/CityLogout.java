package org.kakehashi.citylogin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * After Kakehashi's own logout: forgets the door's session and ends the person's session at the city's provider
 * too (OpenID Connect RP-initiated logout, with the ID token as the hint), which sends the browser back to the
 * login page. Without a city session in this browser it goes to the login page at once.
 */
@WebServlet("/logout")
public class CityLogout extends HttpServlet {

    private static final String LOGIN_PAGE = "/login.html";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String providerLogout = providerLogout(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(providerLogout == null ? LOGIN_PAGE : providerLogout);
    }

    private static String providerLogout(HttpServletRequest request) {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)
                || !(principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context)
                || context.getOidcClientConfiguration() == null
                || context.getOidcClientConfiguration().getLogoutUrl() == null) {
            return null;
        }
        // the address the city registered with its provider, as Kakehashi's mails use it (wildfly-config/mail.cli)
        String loginPage = System.getProperty("kakehashi.base-url", "http://localhost:8080") + LOGIN_PAGE;
        return context.getOidcClientConfiguration().getLogoutUrl()
                + "?id_token_hint=" + URLEncoder.encode(context.getIDTokenString(), StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + URLEncoder.encode(loginPage, StandardCharsets.UTF_8);
    }
}
