package org.kakehashi.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.identity.Role;

import java.util.List;
import java.util.Optional;

/** Departments, partners and people. */
@ApplicationScoped
@Transactional
public class Directory {

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    public List<Person> people() {
        // one statement: the eager roles and language pairs would otherwise be read person by person
        return em.createQuery("""
                select p from Person p left join fetch p.roles left join fetch p.languagePairs
                order by p.username""", Person.class).getResultList();
    }

    /** The active people who have the role, with their roles and language pairs. */
    public List<Person> active(Role role) {
        return em.createQuery("""
                select distinct p from Person p left join fetch p.roles left join fetch p.languagePairs
                where p.deactivatedAt is null and :role member of p.roles
                order by p.username""", Person.class)
                .setParameter("role", role)
                .getResultList();
    }

    /**
     * The active coordinators as mail reaches them, read as values: a notice of every step to the office loads no
     * person, nor their roles and language pairs.
     */
    public List<MailContact> coordinatorContacts() {
        return em.createQuery("""
                        select p.username, p.displayName, p.email, p.mailLanguage, p.mailPreference from Person p
                        where p.deactivatedAt is null and :role member of p.roles
                        order by p.username""", Object[].class)
                .setParameter("role", Role.COORDINATOR)
                .getResultList().stream()
                .map(row -> new MailContact((String) row[0], (String) row[1], Optional.ofNullable((String) row[2]),
                        Person.mailLanguageOf((String) row[3]), Person.mailPreferenceOf((MailPreference) row[4], true)))
                .toList();
    }

    public Optional<Person> person(String username) {
        return Optional.ofNullable(em.find(Person.class, username));
    }

    /** The people whose mail address this is, whatever its letters' case: one, or none, or (wrongly) several. */
    public List<Person> withEmail(String email) {
        return em.createQuery("select p from Person p where lower(p.email) = lower(:email)", Person.class)
                .setParameter("email", email)
                .getResultList();
    }

    public Optional<Department> department(String code) {
        return Optional.ofNullable(em.find(Department.class, code));
    }

    public Optional<Partner> partner(String code) {
        return Optional.ofNullable(em.find(Partner.class, code));
    }

    public List<Department> departments() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }

    public List<Partner> partners() {
        return em.createQuery("select p from Partner p order by p.code", Partner.class).getResultList();
    }

    /** Adds what is not there yet; existing entries, perhaps edited by an admin, stay as they are. */
    public void addIfAbsent(Department department) {
        if (em.find(Department.class, department.code()) == null) {
            em.persist(department);
        }
    }

    public void addIfAbsent(Partner partner) {
        if (em.find(Partner.class, partner.code()) == null) {
            em.persist(partner);
        }
    }

    public void addIfAbsent(Person person) {
        if (em.find(Person.class, person.username()) == null) {
            em.persist(person);
        }
    }
}
