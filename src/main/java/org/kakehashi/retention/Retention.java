package org.kakehashi.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.citizen.CitizenDataRetention;
import org.kakehashi.delivery.DeliveryFileRetention;
import org.kakehashi.notification.Outbox;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;
import org.kakehashi.platform.web.RateLimiter;
import org.kakehashi.webhook.WebhookOutbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The retention rules, applied once a day after {@link #NOT_BEFORE} in the city on one node: whichever node locks
 * the day's row first runs them, and the others skip the row rather than wait for it.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    static final String NAME = "retention";
    static final LocalTime NOT_BEFORE = LocalTime.of(2, 0);

    /** What one application of the rules erased. */
    public record Erased(int citizensRequests, int deliveryFiles, int sentMails, int webhookMessages) {
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    CitizenDataRetention citizens;
    @Inject
    DeliveryFileRetention deliveries;
    @Inject
    Outbox mails;
    @Inject
    WebhookOutbox webhooks;
    @Inject
    RateLimiter rateLimiter;
    @Inject
    Clock clock;

    @Inject
    OfficeSettings settings;

    /** @return whether this node applied the rules now */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (now.toLocalTime().isBefore(NOT_BEFORE)) {
            return false;
        }
        DailyRun run = em.find(DailyRun.class, NAME, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", -2));
        if (run == null || run.ranOn(now.toLocalDate())) {
            return false;
        }
        apply(now.toInstant());
        run.ran(now.toLocalDate());
        return true;
    }

    /** Applies the rules as of {@code now}: what has been kept long enough by then is erased. */
    @Transactional
    public Erased apply(Instant now) {
        ZonedDateTime at = now.atZone(clock.getZone());
        Period citizenData = settings.period(Setting.CITIZEN_DATA_RETENTION);
        Period deliveryFiles = settings.period(Setting.DELIVERY_FILE_RETENTION);
        Period sentMessages = settings.period(Setting.SENT_MESSAGE_RETENTION);
        Instant sentBefore = at.minus(sentMessages).toInstant();
        Erased erased = new Erased(
                citizens.eraseClosedBefore(at.minus(citizenData).toInstant(), now),
                deliveries.eraseEndedBefore(at.minus(deliveryFiles).toInstant(), now),
                mails.forgetSentBefore(sentBefore), webhooks.forgetSentBefore(sentBefore));
        rateLimiter.forgetWindowsBefore(now.minus(Duration.ofDays(1)));
        LOG.info(() -> "retention: personal data erased from " + erased.citizensRequests()
                + " closed citizens' requests (closed before " + citizenData + " ago), "
                + erased.deliveryFiles() + " delivered files erased (links ended " + deliveryFiles + " ago), "
                + erased.sentMails() + " mails and " + erased.webhookMessages() + " webhook messages removed (sent "
                + sentMessages + " ago)");
        return erased;
    }
}
