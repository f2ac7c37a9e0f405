package org.kakehashi.platform.config;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** An IP address or a CIDR range of addresses, IPv4 or IPv6: {@code 10.0.0.7}, {@code 10.0.0.0/24}, {@code fd00::/8}. */
public record AddressRange(byte[] network, int prefix) {

    public static Optional<AddressRange> parse(String text) {
        String[] parts = text.strip().split("/", 2);
        byte[] network = literal(parts[0]);
        if (network == null) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new AddressRange(network, network.length * 8));
        }
        try {
            int prefix = Integer.parseInt(parts[1].strip());
            return prefix < 0 || prefix > network.length * 8 ? Optional.empty()
                    : Optional.of(new AddressRange(network, prefix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean contains(String address) {
        byte[] candidate = literal(address);
        if (candidate == null || candidate.length != network.length) {
            return false;
        }
        int bits = network.length * 8;
        BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger mask = all.shiftRight(prefix).not().and(all);
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
