package org.kakehashi.platform.identity;

import jakarta.servlet.http.HttpServletRequest;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The address of the client a request comes from. Behind the city's load balancer every request arrives from the
 * balancer, which names the client in {@code X-Forwarded-For}; that header is believed only from the proxies the
 * city trusts ({@code kakehashi.trusted-proxies}: addresses or CIDR ranges, comma-separated; none by default), and
 * read from the right, so that a client cannot name itself someone else by sending the header itself.
 */
public final class ClientAddress {

    private static final List<Range> TRUSTED = parse(System.getProperty("kakehashi.trusted-proxies", ""));

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For")), TRUSTED);
    }

    static String of(String peer, List<String> forwardedFor, List<Range> trusted) {
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

    private static boolean isTrusted(String address, List<Range> trusted) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    static List<Range> parse(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Range::of).toList();
    }

    /** An address or a CIDR range of addresses, IPv4 or IPv6. */
    record Range(byte[] network, int prefix) {

        static Range of(String text) {
            String[] parts = text.split("/", 2);
            byte[] network = literal(parts[0]);
            if (network == null) {
                throw new IllegalStateException("kakehashi.trusted-proxies: " + text + " is not an IP address");
            }
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            return new Range(network, prefix);
        }

        boolean contains(String address) {
            byte[] candidate = literal(address);
            if (candidate == null || candidate.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).not().and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
        }

        /** The bytes of an IP literal; never a name lookup. */
        private static byte[] literal(String text) {
            String address = text.strip();
            boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            boolean ipv6 = address.contains(":") && address.matches("[0-9A-Fa-f:.%\\[\\]]+");
            if (!ipv4 && !ipv6) {
                return null;
            }
            try {
                return InetAddress.getByName(address.replace("[", "").replace("]", "")).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
