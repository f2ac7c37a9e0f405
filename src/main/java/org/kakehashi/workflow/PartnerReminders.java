package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.kakehashi.calendar.PartnerSendingTimes;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Partner;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestWork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;

/**
 * When the partners that have not confirmed receipt are reminded ({@code ${partnerReminders.dueAt(execution)}}):
 * after the setting {@code deadline.receipt-reminder} of the partner's own working days — its time zone, its
 * country's public holidays by rule for every year, the days it announces closed or worked — an hour after it
 * opens (its hours from the directory, else the setting {@code partner.office-hours}); with several partners, the
 * earliest.
 */
@Named("partnerReminders")
@ApplicationScoped
public class PartnerReminders {

    @Inject
    RequestWork work;
    @Inject
    Directory directory;
    @Inject
    PartnerSendingTimes sendingTimes;
    @Inject
    Deadlines deadlines;
    @Inject
    Clock clock;

    public Date dueAt(DelegateExecution execution) {
        Request request = work.get(JobVariables.request(execution));
        int days = (int) Duration.parse(deadlines.getReceiptReminder()).toDays();
        Instant now = clock.instant();
        return Date.from(directory.partners().stream()
                .filter(partner -> request.partnerReceipts().addressedTo(partner.code()))
                .map(partner -> reminderFor(partner, now, days))
                .min(Comparator.naturalOrder())
                .orElse(now.plus(Duration.ofDays(days))));
    }

    private Instant reminderFor(Partner partner, Instant now, int days) {
        return sendingTimes.officeHours(partner).reminderAfter(now, days).toInstant();
    }
}
