package org.kakehashi.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.MailContact;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.CitizenOrigin;
import org.kakehashi.request.Request;

import java.util.List;
import java.util.Optional;

/** Whom a request's mail goes to: its requester (a person of the directory or a citizen), partners, the office. */
@ApplicationScoped
public class Recipients {

    /** Someone to write to, in their language; {@code person} is empty for a citizen. */
    public record Addressee(MailMessage.Recipient recipient, LanguageTag language, Optional<Person> person) {
    }

    private Directory directory;

    /** For the container's proxies only. */
    protected Recipients() {
    }

    @Inject
    public Recipients(Directory directory) {
        this.directory = directory;
    }

    public Optional<Addressee> requesterOf(Request request) {
        if (request.citizen().isPresent()) {
            CitizenOrigin citizen = request.citizen().get();
            return citizen.email().map(email -> new Addressee(new MailMessage.Recipient(email, citizen.name()),
                    citizen.language(), Optional.empty()));
        }
        return directory.person(request.requester().username()).flatMap(Recipients::addressee);
    }

    public List<Addressee> contactsOf(String partner) {
        return directory.people().stream()
                .filter(p -> p.roles().contains(Role.PARTNER) && partner.equals(p.partner()))
                .map(Recipients::addressee).flatMap(Optional::stream).toList();
    }

    public List<MailContact> coordinators() {
        return directory.coordinatorContacts();
    }

    public static Optional<Addressee> addressee(Person person) {
        if (!person.isActive()) {
            return Optional.empty();
        }
        return person.email().map(email -> new Addressee(new MailMessage.Recipient(email, person.displayName()),
                person.mailLanguage(), Optional.of(person)));
    }
}
