package org.kakehashi.delivery;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.LanguageCatalog;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.notification.MailMessage;
import org.kakehashi.notification.MailTexts;
import org.kakehashi.notification.Outbox;
import org.kakehashi.notification.Recipients;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.Job;
import org.kakehashi.request.JobStatus;
import org.kakehashi.request.CitizenOrigin;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.request.TimelineEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A delivered request goes out: one file per target language (the translated document, or the translation as a
 * text file, see {@link TranslationTextFile}), one link per file for the requester and for each contact of every chosen partner, and a mail
 * to each of them with their links — all in the delivery's transaction, so no link exists without its file and no
 * mail is lost.
 */
@ApplicationScoped
public class Deliveries {

    @Inject
    RequestRepository requests;
    @Inject
    DeliveryLinks links;
    @Inject
    Directory directory;
    @Inject
    Outbox outbox;
    @Inject
    MailTexts texts;
    @Inject
    Clock clock;

    void onStep(@Observes RequestStepTaken step) {
        if (step.event() != TimelineEvent.DELIVERED) {
            return;
        }
        Request request = requests.find(step.number()).orElseThrow();
        Map<LanguageTag, StoredDocument> files = files(request);
        if (files.isEmpty()) {
            return;
        }
        if (request.citizen().isPresent()) {
            CitizenOrigin citizen = request.citizen().get();
            citizen.email().ifPresent(email -> send(request, files, email, null,
                    new MailMessage.Recipient(email, citizen.name()), request.sourceLanguage(), false));
        } else {
            directory.person(request.requester()).ifPresent(person -> sendTo(request, files, person, null));
        }
        for (String partner : request.partnerReceipts().partners()) {
            directory.people().stream()
                    .filter(p -> partner.equals(p.partner()) && p.isActive())
                    .forEach(contact -> sendTo(request, files, contact, partner));
        }
    }

    private void sendTo(Request request, Map<LanguageTag, StoredDocument> files, Person person, String partner) {
        MailMessage.Recipient address = Recipients.addressee(person).map(Recipients.Addressee::recipient).orElse(null);
        send(request, files, person.username(), partner, address, person.mailLanguage(), partner != null);
    }

    /** Issues the recipient's links; mails them when there is an address to mail. */
    private void send(Request request, Map<LanguageTag, StoredDocument> files, String recipient, String partner,
                      MailMessage.Recipient address, LanguageTag language, boolean toPartner) {
        Messages messages = MailTexts.messagesFor(language);
        ULocale reader = ULocale.forLocale(messages.locale());
        String number = request.number().value();
        List<MailTexts.Link> mailLinks = new ArrayList<>();
        Instant expires = null;
        for (Map.Entry<LanguageTag, StoredDocument> file : files.entrySet()) {
            DeliveryLinks.Issued issued = links.issue(number, file.getKey().value(), recipient, partner,
                    file.getValue());
            expires = issued.link().expiresAt();
            mailLinks.add(new MailTexts.Link(LanguageCatalog.describe(file.getKey(), reader).name() + ": "
                    + file.getValue().fileName(), MailTexts.baseUrl() + "/api/deliveries/" + issued.token()));
        }
        if (address == null) {
            return;
        }
        mailLinks.add(toPartner
                ? new MailTexts.Link(messages.format("mail.partner-page"), MailTexts.baseUrl() + "/partner.html")
                : new MailTexts.Link(messages.format("mail.open-request"),
                        MailTexts.baseUrl() + "/request.html?number=" + number));
        LocalDate lastDay = LocalDate.ofInstant(expires, clock.getZone()).minusDays(1);
        outbox.queue(texts.notice(address, language, toPartner ? "delivered-partner" : "delivered", number,
                List.of(number, files.size(), MailTexts.date(lastDay, language)), mailLinks));
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
