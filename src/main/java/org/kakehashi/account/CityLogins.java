package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.platform.web.SecretToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A city account arriving from the city-login door becomes a person of the directory, or is refused. The provider
 * only says who the person is; what they may do is the directory's (their roles), so an account the directory
 * does not know, or knows only as a closed account, logs in as nobody.
 */
@ApplicationScoped
@Transactional
public class CityLogins {

    /** As long as the door's ticket cookie lives: time for one redirect. */
    static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Directory directory;
    @Inject
    StartSettings settings;
    @Inject
    Clock clock;

    /**
     * The account the ticket was written for, once: the ticket is gone after this, whoever asks again. Tickets past
     * their minute are swept away on the way.
     */
    public Optional<CityAccount> redeem(String ticket) {
        Instant now = clock.instant();
        em.createQuery("delete from CityLoginTicket t where t.issuedAt < :stale")
                .setParameter("stale", now.minus(TICKET_LIFETIME))
                .executeUpdate();
        String hash = SecretToken.hashOf(ticket);
        CityLoginTicket found = em.find(CityLoginTicket.class, hash);
        if (found == null) {
            return Optional.empty();
        }
        // a bulk delete counts what it removed: of two browsers replaying the same ticket at once, one wins
        int redeemed = em.createQuery("delete from CityLoginTicket t where t.ticketHash = :hash")
                .setParameter("hash", hash)
                .executeUpdate();
        return redeemed == 1 ? Optional.of(found.account()) : Optional.empty();
    }

    /**
     * The active person the account is, by its user name or by its mail address as the installation chose
     * ({@code KAKEHASHI_OIDC_MATCH_BY}); empty when there is none, or when one address names several people.
     */
    public Optional<Person> personOf(CityAccount account) {
        if (settings.cityAccountsMatchByEmail()) {
            List<Person> people = account.email() == null ? List.of() : directory.withEmail(account.email());
            return people.size() == 1 ? people.stream().filter(Person::isActive).findFirst() : Optional.empty();
        }
        return Optional.ofNullable(account.username()).flatMap(directory::person).filter(Person::isActive);
    }
}
