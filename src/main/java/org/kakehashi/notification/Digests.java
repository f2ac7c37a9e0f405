package org.kakehashi.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;
import org.kakehashi.request.RequestStepTaken;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Daily digests: the changes a person chose to hear of once a day, collected as they happen, and sent as one
 * mail after the digest time (the setting {@code mail.digest-time}, in the city) with everything
 * collected before it. An entry is marked in the transaction that queues its digest, so it is in exactly one.
 */
@ApplicationScoped
@Transactional
public class Digests {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    Directory directory;
    @Inject
    MailTexts texts;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    OfficeSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    void collect(String username, RequestStepTaken step) {
        em.persist(new DigestEntry(username, step));
    }

    /** Queues the digests of everything collected before the latest digest time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void queueDue() {
        queueUpTo(latestDigestTime());
    }

    /** Queues one digest per person of the entries collected before {@code cutoff}; @return how many digests */
    @Transactional(Transactional.TxType.REQUIRED)
    public int queueUpTo(Instant cutoff) {
        List<DigestEntry> due = em.createQuery("""
                        select e from DigestEntry e where e.digestedAt is null and e.occurredAt < :cutoff
                        order by e.username, e.occurredAt""", DigestEntry.class)
                .setParameter("cutoff", cutoff)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
        Map<String, List<DigestEntry>> byPerson = due.stream()
                .collect(Collectors.groupingBy(DigestEntry::username, LinkedHashMap::new, Collectors.toList()));
        Instant now = clock.instant();
        int queued = 0;
        for (Map.Entry<String, List<DigestEntry>> entries : byPerson.entrySet()) {
            Person person = directory.person(entries.getKey()).orElse(null);
            if (person != null && person.isActive() && person.email().isPresent()) {
                outbox.queue(texts.digest(person, entries.getValue()));
                queued++;
            }
            entries.getValue().forEach(entry -> entry.digested(now));
        }
        return queued;
    }

    private Instant latestDigestTime() {
        LocalTime at = settings.time(Setting.DIGEST_TIME);
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime today = now.with(at);
        return (now.isBefore(today) ? today.minusDays(1) : today).toInstant();
    }
}
