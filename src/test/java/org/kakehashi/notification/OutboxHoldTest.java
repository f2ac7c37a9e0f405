package org.kakehashi.notification;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kakehashi.platform.outbox.Sending;
import org.kakehashi.platform.schema.PersistenceUnitOnH2;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail held for a partner's office hour: its first attempt is then, the dispatcher's query passes it over until
 * then, the office sees it held, and a coordinator's "send now" lifts the hold. The queries run on H2 as migrated.
 */
class OutboxHoldTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Sat 6 Feb 2027 10:00 JST. */
    private static final Instant DELIVERED = Instant.parse("2027-02-06T01:00:00Z");
    /** Tue 9 Feb 2027 09:00 NZDT, Napier's next office hour after Waitangi Day Mondayised. */
    private static final ZonedDateTime NAPIER_OPENS = ZonedDateTime.of(2027, 2, 9, 9, 0, 0, 0, AUCKLAND);

    private static SessionFactory unit;

    @BeforeAll
    static void start() {
        unit = PersistenceUnitOnH2.start();
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    private static MailMessage mail(String to) {
        return new MailMessage(new MailMessage.Recipient(to, null), "delivered-partner", "2026-00001",
                "A translation for you " + UUID.randomUUID(), "text", "<p>html</p>");
    }

    @Test
    void aHeldMailIsFirstTriedAtItsNotBeforeInTheZoneItWaitsFor() {
        OutboxMail held = new OutboxMail(mail("aroha@napier.example.nz"), DELIVERED, NAPIER_OPENS);

        assertThat(held.notBefore()).contains(Instant.parse("2027-02-08T20:00:00Z"));
        assertThat(held.notBeforeZone()).contains(AUCKLAND);
        assertThat(held.sending().nextAttemptAt()).isEqualTo(Instant.parse("2027-02-08T20:00:00Z"));
        assertThat(held.sending().queuedAt()).isEqualTo(DELIVERED);
        assertThat(held.isHeld(DELIVERED)).isTrue();
        assertThat(held.isHeld(NAPIER_OPENS.toInstant())).isFalse();
    }

    @Test
    void aNotBeforeThatIsNowOrPastHoldsNothing() {
        OutboxMail open = new OutboxMail(mail("aroha@napier.example.nz"), DELIVERED, DELIVERED.atZone(AUCKLAND));
        OutboxMail toStaff = new OutboxMail(mail("sato@city.example.jp"), DELIVERED);

        for (OutboxMail mail : List.of(open, toStaff)) {
            assertThat(mail.notBefore()).isEmpty();
            assertThat(mail.notBeforeZone()).isEmpty();
            assertThat(mail.sending().nextAttemptAt()).isEqualTo(DELIVERED);
        }
    }

    @Test
    void sendNowLiftsTheHold() {
        OutboxMail held = new OutboxMail(mail("aroha@napier.example.nz"), DELIVERED, NAPIER_OPENS);
        Instant now = DELIVERED.plusSeconds(600);

        held.sendNow(now);

        assertThat(held.notBefore()).isEmpty();
        assertThat(held.sending().nextAttemptAt()).isEqualTo(now);
        assertThat(held.isHeld(now)).isFalse();
    }

    @Test
    void theDispatcherPassesAHeldMailOverUntilItsOfficeHourAndTheOfficeSeesItHeld() {
        String subjectHeld = OutboxHoldTest.<String>inTransaction(em -> {
            OutboxMail held = new OutboxMail(mail("aroha@napier.example.nz"), DELIVERED, NAPIER_OPENS);
            em.persist(held);
            em.persist(new OutboxMail(mail("sato@city.example.jp"), DELIVERED));
            return held.subject();
        });

        // an hour after the delivery: the staff mail is due, the partner's held
        Instant hourLater = DELIVERED.plusSeconds(3600);
        assertThat(dueAt(hourLater)).extracting(OutboxMail::recipient).contains("sato@city.example.jp")
                .doesNotContain("aroha@napier.example.nz");
        assertThat(heldAt(hourLater)).extracting(OutboxMail::subject).contains(subjectHeld);

        // a minute before Napier opens: still held; at 09:00 NZDT: due, and no longer listed as held
        Instant minuteBefore = NAPIER_OPENS.toInstant().minusSeconds(60);
        assertThat(dueAt(minuteBefore)).extracting(OutboxMail::subject).doesNotContain(subjectHeld);
        assertThat(dueAt(NAPIER_OPENS.toInstant())).extracting(OutboxMail::subject).contains(subjectHeld);
        assertThat(heldAt(NAPIER_OPENS.toInstant())).extracting(OutboxMail::subject).doesNotContain(subjectHeld);
    }

    @Test
    void aMailWhoseHoldWasLiftedIsDueAtOnce() {
        OutboxMail held = new OutboxMail(mail("aroha@napier.example.nz"), DELIVERED, NAPIER_OPENS);
        inTransactionDo(em -> em.persist(held));
        Instant now = DELIVERED.plusSeconds(120);

        inTransactionDo(em -> em.find(OutboxMail.class, held.id()).sendNow(now));

        assertThat(dueAt(now)).extracting(OutboxMail::id).contains(held.id());
        Sending.Status status = inTransaction(em -> em.find(OutboxMail.class, held.id()).sending().status());
        assertThat(status).isEqualTo(Sending.Status.QUEUED);
    }

    private static List<OutboxMail> dueAt(Instant now) {
        return inTransaction(em -> outbox(em, now).due(100));
    }

    private static List<OutboxMail> heldAt(Instant now) {
        return inTransaction(em -> outbox(em, now).held(100));
    }

    private static Outbox outbox(EntityManager em, Instant now) {
        Outbox outbox = new Outbox();
        outbox.em = em;
        outbox.clock = Clock.fixed(now, TOKYO);
        return outbox;
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        try (EntityManager em = unit.createEntityManager()) {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        }
    }

    private static void inTransactionDo(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
