package org.kakehashi.delivery;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kakehashi.calendar.PartnerSendingTimes;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.notification.MailMessage;
import org.kakehashi.notification.MailTexts;
import org.kakehashi.notification.Outbox;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.Job;
import org.kakehashi.request.JobStatus;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.request.TimelineEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A delivered request goes out: one file per target language (the translated document, or the translation as a
 * text file, see {@link TranslationTextFile}), one link per file for each of its {@link DeliveryRecipients}, and a
 * mail with their links to each of them with an address — all in the delivery's transaction, so no link exists
 * without its file and no mail is lost. A partner's mail waits for the partner's next office hour.
 */
@ApplicationScoped
public class Deliveries {

    private RequestRepository requests;
    private DeliveryLinks links;
    private DeliveryRecipients recipients;
    private Outbox outbox;
    private MailTexts texts;
    private PartnerSendingTimes sendingTimes;
    private Clock clock;

    /** For the container's proxies only. */
    protected Deliveries() {
    }

    @Inject
    public Deliveries(RequestRepository requests, DeliveryLinks links, DeliveryRecipients recipients, Outbox outbox,
                      MailTexts texts, PartnerSendingTimes sendingTimes, Clock clock) {
        this.requests = requests;
        this.links = links;
        this.recipients = recipients;
        this.outbox = outbox;
        this.texts = texts;
        this.sendingTimes = sendingTimes;
        this.clock = clock;
    }

    void onStep(@Observes RequestStepTaken step) {
        if (step.event() != TimelineEvent.DELIVERED) {
            return;
        }
        Request request = requests.find(step.number()).orElseThrow();
        Map<LanguageTag, StoredDocument> files = files(request);
        if (files.isEmpty()) {
            return;
        }
        recipients.of(request).forEach(recipient -> send(request, files, recipient));
    }

    /**
     * Issues the recipient's links; mails them when there is an address to mail — to a partner's contact in the
     * partner's next office hour, from which the links' days count.
     */
    private void send(Request request, Map<LanguageTag, StoredDocument> files,
                      DeliveryRecipients.Recipient recipient) {
        LanguageTag language = recipient.language();
        boolean toPartner = recipient.partner() != null;
        Messages messages = MailTexts.messagesFor(language);
        ULocale reader = ULocale.forLocale(messages.locale());
        String number = request.number().value();
        ZonedDateTime mailedAt = toPartner ? sendingTimes.nextOfficeHour(recipient.partner())
                .orElseGet(() -> ZonedDateTime.now(clock)) : ZonedDateTime.now(clock);
        List<MailTexts.Link> mailLinks = new ArrayList<>();
        Instant expires = null;
        for (Map.Entry<LanguageTag, StoredDocument> file : files.entrySet()) {
            DeliveryLinks.Issued issued = links.issue(number, file.getKey().value(), recipient.id(),
                    recipient.partner(), file.getValue(), mailedAt.toInstant());
            expires = issued.link().expiresAt();
            mailLinks.add(new MailTexts.Link(LanguageCatalog.describe(file.getKey(), reader).name() + ": "
                    + file.getValue().fileName(), texts.baseUrl() + "/api/deliveries/" + issued.token()));
        }
        if (recipient.address() == null) {
            return;
        }
        if (toPartner) {
            mailLinks.add(new MailTexts.Link(messages.format("mail.partner-page"), texts.baseUrl() + "/partner.html"));
        } else if (request.citizen().isPresent()) {
            // a citizen has no account: they follow the request by the status link only they kept
            mailLinks.add(new MailTexts.Link(messages.format("mail.open-status"), texts.baseUrl() + "/status.html"));
        } else {
            mailLinks.add(new MailTexts.Link(messages.format("mail.open-request"),
                    texts.baseUrl() + "/request.html?number=" + number));
        }
        LocalDate lastDay = LocalDate.ofInstant(expires, clock.getZone()).minusDays(1);
        MailMessage mail = texts.notice(recipient.address(), language, toPartner ? "delivered-partner" : "delivered",
                number, List.of(number, files.size(), MailTexts.date(lastDay, language)), mailLinks);
        if (toPartner) {
            outbox.queue(mail, mailedAt);
        } else {
            outbox.queue(mail);
        }
    }

    private Map<LanguageTag, StoredDocument> files(Request request) {
        Map<LanguageTag, StoredDocument> files = new LinkedHashMap<>();
        for (Job job : request.jobs()) {
            if (job.status() == JobStatus.DROPPED || job.translation() == null) {
                continue;
            }
            StoredDocument file = job.translatedDocument() != null ? job.translatedDocument()
                    : links.keep(TranslationTextFile.of(request, job, clock.instant()));
            files.put(job.targetLanguage(), file);
        }
        return files;
    }
}
