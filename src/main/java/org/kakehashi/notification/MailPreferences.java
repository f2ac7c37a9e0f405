package org.kakehashi.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.MailPreference;
import org.kakehashi.directory.Person;

/** A person chooses a mail per change or one digest a day. */
@ApplicationScoped
@Transactional
public class MailPreferences {

    @Inject
    Directory directory;

    public Person choose(String username, MailPreference preference) {
        Person person = directory.person(username).orElseThrow(NotificationProblem::officeOnly);
        person.preferMail(preference);
        return person;
    }
}
