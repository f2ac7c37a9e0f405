package org.kakehashi.absence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.directory.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The absences recorded, by person and by day. */
@ApplicationScoped
@Transactional
public class AbsenceRegister {

    /** A last day no absence reaches, for a search with no end (PostgreSQL cannot type a null date parameter). */
    private static final LocalDate NO_END = LocalDate.of(9999, 12, 31);

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    public Optional<Absence> find(UUID id) {
        return Optional.ofNullable(em.find(Absence.class, id));
    }

    /**
     * Everyone's absences with a day from {@code first} to {@code last} (both included; no end when null), by
     * person and first day.
     */
    public List<Absence> between(LocalDate first, LocalDate last) {
        return em.createQuery("""
                        select a from Absence a where a.lastDay >= :first and a.firstDay <= :last
                        order by a.person, a.firstDay""", Absence.class)
                .setParameter("first", first)
                .setParameter("last", last == null ? NO_END : last)
                .getResultList();
    }

    /** The person's absences with a day from {@code first} to {@code last} (no end when null), by first day. */
    public List<Absence> of(String person, LocalDate first, LocalDate last) {
        return em.createQuery("""
                        select a from Absence a
                        where a.person = :person and a.lastDay >= :first and a.firstDay <= :last
                        order by a.firstDay""", Absence.class)
                .setParameter("person", person)
                .setParameter("first", first)
                .setParameter("last", last == null ? NO_END : last)
                .getResultList();
    }

    /** The person's absence that covers the day, if they are away then. */
    public Optional<Absence> on(String person, LocalDate day) {
        return of(person, day, day).stream().findFirst();
    }

    /** The user names of the people away on any day from {@code first} to {@code last}. */
    public Set<String> away(LocalDate first, LocalDate last) {
        return between(first, last).stream().map(Absence::person).collect(Collectors.toSet());
    }

    /**
     * Holds the person's row until the transaction ends: two absences of one person recorded at the same moment
     * are checked for overlap one after the other, so the second sees the first.
     */
    void holdPerson(String username) {
        em.find(Person.class, username, LockModeType.PESSIMISTIC_WRITE);
    }

    void add(Absence absence) {
        em.persist(absence);
        em.flush();
    }

    void remove(Absence absence) {
        em.remove(absence);
    }
}
