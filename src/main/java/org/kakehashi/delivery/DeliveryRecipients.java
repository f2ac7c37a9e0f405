package org.kakehashi.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.notification.MailMessage;
import org.kakehashi.notification.Recipients;
import org.kakehashi.request.CitizenOrigin;
import org.kakehashi.request.Request;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a delivered request goes to: its requester — the citizen at the address given on the form, or the person of
 * the directory — and every active contact of each partner chosen.
 */
@ApplicationScoped
public class DeliveryRecipients {

    /**
     * @param id      whom the links are issued to: a username, or the citizen's address
     * @param partner the partner the contact receives for, null for the requester
     * @param address where the mail with the links goes; null when there is none, and the links are only listed
     */
    record Recipient(String id, String partner, MailMessage.Recipient address, LanguageTag language) {
    }

    private Directory directory;

    /** For the container's proxies only. */
    protected DeliveryRecipients() {
    }

    @Inject
    public DeliveryRecipients(Directory directory) {
        this.directory = directory;
    }

    List<Recipient> of(Request request) {
        List<Recipient> recipients = new ArrayList<>();
        if (request.citizen().isPresent()) {
            CitizenOrigin citizen = request.citizen().get();
            citizen.email().ifPresent(email -> recipients.add(new Recipient(email, null,
                    new MailMessage.Recipient(email, citizen.name()), citizen.language())));
        } else {
            directory.person(request.requester().username())
                    .ifPresent(person -> recipients.add(recipient(person, null)));
        }
        for (String partner : request.partnerReceipts().partners()) {
            directory.people().stream()
                    .filter(p -> partner.equals(p.partner()) && p.isActive())
                    .forEach(contact -> recipients.add(recipient(contact, partner)));
        }
        return recipients;
    }

    private static Recipient recipient(Person person, String partner) {
        return new Recipient(person.username(), partner,
                Recipients.addressee(person).map(Recipients.Addressee::recipient).orElse(null), person.mailLanguage());
    }
}
