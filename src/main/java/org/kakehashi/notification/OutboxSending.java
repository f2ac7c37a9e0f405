package org.kakehashi.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kakehashi.platform.config.StartSettings;

/**
 * One batch of due mails, sent in a transaction of its own that holds their rows: a mail marked sent was handed
 * to the SMTP server; one that failed waits for its next attempt. A crash between the hand-over and the commit
 * sends that mail again: at least once, never lost.
 */
@ApplicationScoped
public class OutboxSending {

    private static final Logger LOG = Logger.getLogger(OutboxSending.class.getName());

    @Inject
    Outbox outbox;
    @Inject
    MailTransport transport;
    @Inject
    Clock clock;
    @Inject
    StartSettings settings;
    @Inject
    OutboxMeters meters;

    /** @return how many mails were tried */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sendBatch(int limit) {
        List<OutboxMail> due = outbox.due(limit);
        for (OutboxMail mail : due) {
            try {
                transport.send(mail.message());
                mail.sending().sent(clock.instant());
            } catch (Exception e) {
                mail.failed(e.toString(), clock.instant(), settings.mailRetry());
                meters.failed();
                LOG.log(Level.WARNING, "mail {0} to {1} not sent (attempt {2}): {3}",
                        new Object[] {mail.id(), mail.recipient(), mail.sending().attempts(), e.toString()});
            }
        }
        return due.size();
    }
}
