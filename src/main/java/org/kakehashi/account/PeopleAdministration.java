package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;

import java.time.Clock;
import java.util.Set;

/** An administrator's work on people: adding them, changing their roles and places, closing accounts. Audited. */
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
    LoginSessions sessions;
    @Inject
    Clock clock;

    /** A new person; with a password, they can log in at once. */
    public Person add(String username, String displayName, String department, String partner, Set<Role> roles,
                      String password, String admin, String from) {
        if (directory.person(username).isPresent()) {
            throw AccountProblem.taken(username);
        }
        requirePlaces(department, partner);
        Person person = new Person(username, displayName, department, partner, roles, Set.of());
        directory.addIfAbsent(person);
        audit.record(SecurityEvent.Kind.PERSON_CREATED, username, admin, from, "roles " + roles);
        if (password != null) {
            accounts.setPassword(username, password, admin, from);
        }
        return person;
    }

    public Person update(String username, String displayName, String department, String partner, Set<Role> roles,
                         String admin, String from) {
        Person person = directory.person(username).orElseThrow(() -> AccountProblem.unknownPerson(username));
        requirePlaces(department, partner);
        Set<Role> before = person.roles();
        person.update(displayName, department, partner, roles);
        if (!before.equals(roles)) {
            audit.record(SecurityEvent.Kind.ROLES_CHANGED, username, admin, from, before + " → " + roles);
        }
        return person;
    }

    /** Where and in which language the person is written to. */
    public Person reachAt(String username, String email, LanguageTag language) {
        Person person = directory.person(username).orElseThrow(() -> AccountProblem.unknownPerson(username));
        person.reachAt(email, language);
        return person;
    }

    public void deactivate(String username, String admin, String from) {
        Person person = directory.person(username).orElseThrow(() -> AccountProblem.unknownPerson(username));
        if (person.username().equals(admin)) {
            throw AccountProblem.invalid("username", "account.cannot-deactivate-self");
        }
        person.deactivate(clock.instant());
        sessions.endAllOf(username);
        audit.record(SecurityEvent.Kind.PERSON_DEACTIVATED, username, admin, from, null);
    }

    private void requirePlaces(String department, String partner) {
        if (department != null && directory.departments().stream().noneMatch(d -> d.code().equals(department))) {
            throw AccountProblem.invalid("department", "account.unknown-department", department);
        }
        if (partner != null && directory.partners().stream().noneMatch(p -> p.code().equals(partner))) {
            throw AccountProblem.invalid("partner", "account.unknown-partner", partner);
        }
    }
}
