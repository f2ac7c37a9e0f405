package org.kakehashi.platform.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.kakehashi.platform.config.AddressRange;
import org.kakehashi.platform.config.StartSettings;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The address of the client a request comes from. Behind the city's load balancer every request arrives from the
 * balancer, which names the client in {@code X-Forwarded-For}; that header is believed only from the proxies the
 * city trusts ({@code kakehashi.trusted-proxies}), and read from the right, so that a client cannot name itself
 * someone else by sending the header itself.
 */
@ApplicationScoped
public class ClientAddress {

    private List<AddressRange> trusted;

    /** For the container's proxies only. */
    protected ClientAddress() {
    }

    @Inject
    public ClientAddress(StartSettings settings) {
        this.trusted = settings.trustedProxies();
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For")), trusted);
    }

    static String of(String peer, List<String> forwardedFor, List<AddressRange> trusted) {
        if (!isTrusted(peer, trusted)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = hops.get(i);
            if (!isTrusted(client, trusted)) {
                return client;
            }
        }
        return client;
    }

    private static boolean isTrusted(String address, List<AddressRange> trusted) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }
}
