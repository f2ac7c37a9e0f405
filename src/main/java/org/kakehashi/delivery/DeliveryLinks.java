package org.kakehashi.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;
import org.kakehashi.platform.web.SecretToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Delivery links: issued with 128 random bits shown once (in the recipient's mail), found again by the hash of
 * what is presented, open for the setting {@code delivery.link-days} days (default 14) unless revoked — counted
 * from when the mail carrying it may go out, which for a partner is its next office hour.
 */
@ApplicationScoped
@Transactional
public class DeliveryLinks {

    /** A new link and its secret, which exists nowhere else once the mail is written. */
    public record Issued(DeliveryLink link, String token) {
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    OfficeSettings settings;

    StoredDocument keep(StoredDocument document) {
        em.persist(document);
        return document;
    }

    Issued issue(String requestNumber, String target, String recipient, String partner, StoredDocument document) {
        return issue(requestNumber, target, recipient, partner, document, clock.instant());
    }

    /**
     * @param mailedAt when the mail with the link may go out — a partner's next office hour — from which its days
     *                 count, so a mail held over a long holiday does not arrive with a link about to expire
     */
    Issued issue(String requestNumber, String target, String recipient, String partner, StoredDocument document,
                 Instant mailedAt) {
        String token = SecretToken.next();
        Instant now = clock.instant();
        DeliveryLink link = new DeliveryLink(SecretToken.hashOf(token), requestNumber, target, recipient, partner,
                document, now, expiry(now, mailedAt, settings.number(Setting.LINK_DAYS)));
        em.persist(link);
        return new Issued(link, token);
    }

    /** The link's days counted from when its mail may go out, or from now if that is past. */
    static Instant expiry(Instant now, Instant mailedAt, int days) {
        return (mailedAt.isAfter(now) ? mailedAt : now).plus(Duration.ofDays(days));
    }

    /** @throws DeliveryProblem for a token that is no link's */
    DeliveryLink byToken(String token) {
        if (token == null || token.length() != SecretToken.LENGTH) {
            throw DeliveryProblem.unknown();
        }
        return em.createQuery("select l from DeliveryLink l join fetch l.document where l.tokenHash = :hash",
                        DeliveryLink.class)
                .setParameter("hash", SecretToken.hashOf(token))
                .getResultStream().findFirst()
                .orElseThrow(DeliveryProblem::unknown);
    }

    DeliveryLink byId(UUID id) {
        return em.createQuery("select l from DeliveryLink l join fetch l.document where l.id = :id",
                        DeliveryLink.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(DeliveryProblem::unknown);
    }

    List<DeliveryLink> ofRequest(String requestNumber) {
        return em.createQuery("""
                        select l from DeliveryLink l join fetch l.document
                        where l.requestNumber = :number order by l.createdAt, l.recipient""", DeliveryLink.class)
                .setParameter("number", requestNumber)
                .getResultList();
    }

    List<DeliveryLink> addressedTo(String username) {
        return em.createQuery("""
                        select l from DeliveryLink l join fetch l.document
                        where l.recipient = :me order by l.createdAt desc""", DeliveryLink.class)
                .setParameter("me", username)
                .getResultList();
    }

    List<LinkDownload> downloadsOf(DeliveryLink link) {
        return em.createQuery("select d from LinkDownload d where d.link = :link order by d.at", LinkDownload.class)
                .setParameter("link", link)
                .getResultList();
    }

    /** The verified bytes of an open link's file, the download recorded with them. */
    byte[] download(UUID linkId, String by, String remoteAddress) {
        Instant now = clock.instant();
        DeliveryLink link = byId(linkId);
        link.requireOpen(now);
        byte[] bytes = link.document().verifiedBytes();
        em.persist(new LinkDownload(link, now, by, remoteAddress));
        return bytes;
    }

    void revoke(UUID id, String by) {
        byId(id).revoke(by, clock.instant());
    }
}
