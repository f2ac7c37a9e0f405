package org.kakehashi.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is calling: the person logged in to this session, with their roles and department as the directory has them
 * now — a role an administrator takes away is gone from the next request on, without a new login.
 */
@RequestScoped
public class CallerIdentification {

    private static final String CALLER = CallerIdentification.class.getName() + ".caller";

    private HttpServletRequest http;
    private CallerDirectory directory;
    private ClientAddress clientAddress;

    /** For the container's proxies only. */
    protected CallerIdentification() {
    }

    @Inject
    public CallerIdentification(HttpServletRequest http, CallerDirectory directory, ClientAddress clientAddress) {
        this.http = http;
        this.directory = directory;
        this.clientAddress = clientAddress;
    }

    /** @throws NotIdentifiedException when nobody is logged in, or their account was closed since */
    public Caller caller() {
        return optionalCaller().orElseThrow(NotIdentifiedException::new);
    }

    /** The caller, or empty for an anonymous one: a citizen on the public form. */
    public Optional<Caller> optionalCaller() {
        Principal principal = http.getUserPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        String username = principal.getName();
        if (http.getAttribute(CALLER) instanceof Caller known && known.username().equals(username)) {
            return Optional.of(known);
        }
        return directory.activeCaller(username);
    }

    /**
     * The caller this request's login session was read with, a moment ago in the same request: the caller is
     * then not read from the directory a second time.
     */
    public static void identifiedAs(HttpServletRequest request, Caller caller) {
        request.setAttribute(CALLER, caller);
    }

    /** The client's address, as the city's trusted proxies report it ({@link ClientAddress}). */
    public String remoteAddress() {
        return clientAddress.of(http);
    }
}
