package org.kakehashi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What the city-login door (src/city-login) wrote for one browser after the city's provider logged the person in:
 * redeemed once, within a minute, by {@link CityLogins}. Only the ticket's SHA-256 is kept.
 */
@Entity
@Table(name = "city_login_ticket")
class CityLoginTicket {

    @Id
    @Column(name = "ticket_hash", length = 64)
    private String ticketHash;

    private String issuer;

    private String subject;

    private String username;

    @Column(length = 320)
    private String email;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected CityLoginTicket() {
    }

    CityAccount account() {
        return new CityAccount(issuer, subject, username, email);
    }
}
