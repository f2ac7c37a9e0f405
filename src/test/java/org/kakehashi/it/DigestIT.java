package org.kakehashi.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.notification.Digests;
import org.kakehashi.notification.OutboxMail;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.NewRequest;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestSubmission;
import org.kakehashi.request.RequestWork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The coordinators chose a daily digest (their default): the changes of a request reach each of them in one
 * mail, each change once, and never again in a later digest. Runs inside the server (JUnit's assertions only).
 */
@ExtendWith(ArquillianExtension.class)
class DigestIT {

    @Inject
    RequestSubmission submission;
    @Inject
    RequestWork work;
    @Inject
    Digests digests;
    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    @Test
    void eachChangeIsInOneDigestOnce() {
        digests.queueUpTo(Instant.now());
        Caller sato = new Caller("sato", Set.of(Role.REQUESTER), "sougou-fukushi");
        RequestNumber number = submission.submit(sato, NewRequest.translation(LanguageTag.of("ja"),
                LanguageTag.of("en"), "図書館の休館日のお知らせ", LocalDate.now().plusDays(30))).number();
        work.cancel(number, "sato", "掲載が中止になりました。");

        assertEquals(2, digests.queueUpTo(Instant.now().plusSeconds(1)), "one digest each for emily and tanaka");
        assertEquals(0, digests.queueUpTo(Instant.now().plusSeconds(1)), "nothing is digested twice");

        String digest = newestDigestTo("emily@city.example.jp");
        assertEquals(2, occurrences(digest, number.value()), digest);
        assertEquals(1, occurrences(digest, "New request"), digest);
        assertEquals(1, occurrences(digest, "Withdrawn"), digest);
    }

    private String newestDigestTo(String address) {
        List<OutboxMail> mails = em.createQuery("""
                        select m from OutboxMail m where m.recipient = :to and m.kind = 'digest'
                        order by m.sending.queuedAt desc""", OutboxMail.class)
                .setParameter("to", address)
                .setMaxResults(1)
                .getResultList();
        assertEquals(1, mails.size(), "a digest to " + address);
        return mails.get(0).message().text();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
