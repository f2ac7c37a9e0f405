package org.kakehashi.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;

import java.time.Clock;
import java.util.Optional;

/** Logging in with a password, and setting one. Every outcome of a login is in the audit log. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    PasswordHashing hashing;
    @Inject
    Directory directory;
    @Inject
    AuditLog audit;
    @Inject
    LoginSessions sessions;
    @Inject
    LoginThrottles throttles;
    @Inject
    Clock clock;

    private volatile String decoy;

    /**
     * The person, when the password is theirs and their account is open. An unknown user name costs as much time
     * as a wrong password, so the answer's timing does not tell which names exist; either slows the source down
     * for that name.
     */
    public Optional<Person> authenticate(String username, char[] password, String from) {
        Optional<Person> person = directory.person(username).filter(Person::isActive);
        Credential credential = person.map(p -> em.find(Credential.class, p.username())).orElse(null);
        if (credential == null) {
            hashing.matches(password, decoyHash());
            refuse(username, from, "unknown or inactive account");
            return Optional.empty();
        }
        if (!hashing.matches(password, credential.passwordHash())) {
            refuse(username, from, "wrong password");
            return Optional.empty();
        }
        throttles.forget(username, from);
        audit.record(SecurityEvent.Kind.LOGIN_SUCCEEDED, username, null, from, null);
        return person;
    }

    private void refuse(String username, String from, String why) {
        int inARow;
        try {
            inARow = throttles.recordWrong(username, from);
        } catch (RuntimeException firstWrongAtTheSameMoment) {
            // another login from the same source counted its first wrong password first: count on its row
            inARow = throttles.recordWrong(username, from);
        }
        audit.record(SecurityEvent.Kind.LOGIN_FAILED, username, null, from,
                why + ", " + inARow + " in a row from this address");
    }

    /**
     * A new password ends every session opened with the old one: whoever may have learnt it is logged out.
     *
     * @throws AccountProblem when the person is unknown or the password falls short of the policy
     */
    public void setPassword(String username, String password, String actor, String from) {
        if (directory.person(username).isEmpty()) {
            throw AccountProblem.unknownPerson(username);
        }
        PasswordPolicy.check(username, password);
        String hash = hashing.hash(password.toCharArray());
        Credential credential = em.find(Credential.class, username);
        if (credential == null) {
            em.persist(new Credential(username, hash, clock.instant()));
        } else {
            credential.change(hash, clock.instant());
            sessions.endAllOf(username);
        }
        audit.record(SecurityEvent.Kind.PASSWORD_CHANGED, username, actor, from, null);
    }

    public boolean hasPassword(String username) {
        return em.find(Credential.class, username) != null;
    }

    private String decoyHash() {
        if (decoy == null) {
            decoy = hashing.hash("decoy password that matches nothing".toCharArray());
        }
        return decoy;
    }
}
