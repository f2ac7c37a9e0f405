package org.kakehashi.citylogin;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One-time tickets in Kakehashi's database (table {@code city_login_ticket}), so that any node may redeem what
 * another issued. Only the ticket's SHA-256 is stored: whoever reads the table cannot log in with it.
 */
final class HandOverTickets {

    /** Time enough for one redirect, too little for a ticket to be worth stealing. */
    static final Duration LIFETIME = Duration.ofSeconds(60);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;

    HandOverTickets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the ticket to hand to the browser */
    String issue(String issuer, String subject, String username, String email) throws SQLException {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into city_login_ticket"
                     + " (ticket_hash, issuer, subject, username, email, issued_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, sha256(ticket));
            insert.setString(2, issuer);
            insert.setString(3, subject);
            insert.setString(4, username);
            insert.setString(5, email);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return ticket;
    }

    /** As Kakehashi hashes its secrets ({@code platform.web.SecretToken.hashOf}), which redeems by this hash. */
    static String sha256(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
