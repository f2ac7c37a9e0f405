package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.interpreting.Interpreters;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;
import org.kakehashi.platform.identity.Role;

import java.time.Clock;
import java.util.Set;

/**
 * An administrator's work on people: adding them, changing their roles, skills and places, closing accounts. Each
 * change is in the change log with the person before and after; role changes and closed accounts are also
 * security events.
 */
@ApplicationScoped
@Transactional
public class PeopleAdministration {

    @Inject
    Directory directory;
    @Inject
    Accounts accounts;
    @Inject
    AuditLog audit;
    @Inject
    ChangeLog changes;
    @Inject
    Interpreters interpreters;
    @Inject
    LoginSessions sessions;
    @Inject
    Clock clock;

    /** A new person; with a password, they can log in at once. */
    public Person add(String username, PersonDetails details, String password, String admin, String from) {
        if (directory.person(username).isPresent()) {
            throw AccountProblem.taken(username);
        }
        requirePlaces(details);
        Person person = new Person(username, details.displayName(), details.department(), details.partner(),
                details.roles(), details.languagePairs());
        person.reachAt(details.email(), details.mailLanguage());
        directory.addIfAbsent(person);
        interpreters.interpretIn(username, details.interpretingModes());
        audit.record(SecurityEvent.Kind.PERSON_CREATED, username, admin, from, "roles " + details.roles());
        changes.record(admin, Subject.PERSON, username, null, state(person));
        if (password != null) {
            accounts.setPassword(username, password, admin, from);
        }
        return person;
    }

    public Person update(String username, PersonDetails details, String admin, String from) {
        Person person = directory.person(username).orElseThrow(() -> AccountProblem.unknownPerson(username));
        requirePlaces(details);
        PersonDetails.State before = state(person);
        Set<Role> rolesBefore = person.roles();
        person.update(details.displayName(), details.department(), details.partner(), details.roles(),
                details.languagePairs());
        person.reachAt(details.email(), details.mailLanguage());
        interpreters.interpretIn(username, details.interpretingModes());
        if (!rolesBefore.equals(details.roles())) {
            audit.record(SecurityEvent.Kind.ROLES_CHANGED, username, admin, from,
                    rolesBefore + " → " + details.roles());
        }
        changes.record(admin, Subject.PERSON, username, before, state(person));
        return person;
    }

    public void deactivate(String username, String admin, String from) {
        Person person = directory.person(username).orElseThrow(() -> AccountProblem.unknownPerson(username));
        if (person.username().equals(admin)) {
            throw AccountProblem.invalid("username", "account.cannot-deactivate-self");
        }
        PersonDetails.State before = state(person);
        person.deactivate(clock.instant());
        sessions.endAllOf(username);
        audit.record(SecurityEvent.Kind.PERSON_DEACTIVATED, username, admin, from, null);
        changes.record(admin, Subject.PERSON, username, before, state(person));
    }

    private PersonDetails.State state(Person person) {
        return PersonDetails.State.of(person, interpreters.modesOf(person.username()));
    }

    private void requirePlaces(PersonDetails details) {
        if (details.department() != null && directory.department(details.department()).isEmpty()) {
            throw AccountProblem.invalid("department", "account.unknown-department", details.department());
        }
        if (details.partner() != null && directory.partner(details.partner()).isEmpty()) {
            throw AccountProblem.invalid("partner", "account.unknown-partner", details.partner());
        }
    }
}
