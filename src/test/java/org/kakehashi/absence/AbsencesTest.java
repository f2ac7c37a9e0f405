package org.kakehashi.absence;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kakehashi.directory.Person;
import org.kakehashi.directory.TestDirectory;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.platform.schema.PersistenceUnitOnH2;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Recording and removing absences against the mapping on H2 without a server, each test with people of its own;
 * today is Monday 2026-12-07 in Tokyo.
 */
class AbsencesTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final Caller COORDINATOR = new Caller("emily", Set.of(Role.COORDINATOR), "mirai-souzou");

    private static SessionFactory unit;

    /** The changes audited, as {@code actor kind subject before→after}. */
    private final List<String> audited = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    @BeforeAll
    static void start() {
        unit = PersistenceUnitOnH2.start();
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @Test
    void theOfficeRecordsAnAbsenceWhichIsAudited() {
        String lin = person(Role.LINGUIST);

        Absence recorded = inTransaction(absences -> absences.add(COORDINATOR, lin, day(9), day(11), "研修"));

        assertThat(listed(COORDINATOR, day(7), day(13)))
                .extracting(Absence::id, Absence::person, Absence::firstDay, Absence::lastDay, Absence::note)
                .contains(tuple(recorded.id(), lin, day(9), day(11), "研修"));
        assertThat(audited).containsExactly("emily ABSENCE " + recorded.id() + " null→"
                + new AbsenceView(recorded.id(), lin, day(9), day(11), "研修"));
    }

    @Test
    void anAbsenceOverlappingOneRecordedIsRefusedNamingItAndOneThatFollowsItIsNot() {
        String lin = person(Role.LINGUIST);
        inTransaction(absences -> absences.add(COORDINATOR, lin, day(9), day(11), null));

        assertThatThrownBy(() -> inTransaction(absences -> absences.add(COORDINATOR, lin, day(11), day(15), null)))
                .isInstanceOfSatisfying(AbsenceProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.arguments()).containsExactly(lin, "2026-12-09", "2026-12-11");
                });
        inTransaction(absences -> absences.add(COORDINATOR, lin, day(12), day(15), null));

        assertThat(listed(COORDINATOR, day(1), null))
                .filteredOn(absence -> absence.person().equals(lin))
                .extracting(Absence::firstDay).containsExactly(day(9), day(12));
    }

    @Test
    void anotherPersonsAbsenceOfTheSameDaysIsNoOverlap() {
        String lin = person(Role.LINGUIST);
        String tanaka = person(Role.COORDINATOR);
        inTransaction(absences -> absences.add(COORDINATOR, lin, day(9), day(11), null));

        inTransaction(absences -> absences.add(COORDINATOR, tanaka, day(9), day(11), null));

        assertThat(listed(COORDINATOR, day(10), day(10)))
                .extracting(Absence::person).contains(lin, tanaka);
    }

    @Test
    void aPersonRecordsAndRemovesTheirOwnAbsenceButNoOneElses() {
        String lin = person(Role.LINGUIST);
        String tanaka = person(Role.COORDINATOR);
        Caller linguist = new Caller(lin, Set.of(Role.LINGUIST), null);
        Absence theirs = inTransaction(absences -> absences.add(COORDINATOR, tanaka, day(14), day(14), null));

        Absence own = inTransaction(absences -> absences.add(linguist, " ", day(14), day(18), null));

        assertThat(own.person()).isEqualTo(lin);
        assertThat(listed(linguist, null, null))
                .extracting(Absence::person).containsOnly(lin);
        assertRefused(() -> inTransaction(absences -> absences.add(linguist, tanaka, day(21), day(21), null)),
                DomainProblem.Kind.FORBIDDEN);
        assertRefused(() -> inTransaction(absences -> {
            absences.remove(linguist, theirs.id());
            return null;
        }), DomainProblem.Kind.FORBIDDEN);
        inTransaction(absences -> {
            absences.remove(linguist, own.id());
            return null;
        });
        assertThat(listed(linguist, null, null)).isEmpty();
        assertThat(audited).last().isEqualTo(lin + " ABSENCE " + own.id() + " "
                + new AbsenceView(own.id(), lin, day(14), day(18), null) + "→null");
    }

    @Test
    void theListStartsTodayWhenNoFirstDayIsGiven() {
        String lin = person(Role.LINGUIST);
        inTransaction(absences -> absences.add(COORDINATOR, lin, day(1), day(4), null));
        inTransaction(absences -> absences.add(COORDINATOR, lin, day(5), day(7), null));
        inTransaction(absences -> absences.add(COORDINATOR, lin, day(21), day(25), null));

        assertThat(listed(COORDINATOR, null, null))
                .filteredOn(absence -> absence.person().equals(lin))
                .extracting(Absence::firstDay).containsExactly(day(5), day(21));
        assertThat(listed(COORDINATOR, null, day(20)))
                .filteredOn(absence -> absence.person().equals(lin))
                .extracting(Absence::firstDay).containsExactly(day(5));
        assertRefused(() -> inTransaction(absences -> absences.between(COORDINATOR, day(10), day(9))),
                DomainProblem.Kind.INVALID);
    }

    @Test
    void anUnknownPersonOrAClosedAccountOrAnUnknownAbsenceIsRefused() {
        String gone = person(Role.LINGUIST);
        people.get(people.size() - 1).deactivate(Instant.parse("2026-01-01T00:00:00Z"));

        assertThatThrownBy(() -> inTransaction(absences -> absences.add(COORDINATOR, "nobody", day(9), day(9),
                null))).isInstanceOfSatisfying(AbsenceProblem.class,
                problem -> assertThat(problem.field()).isEqualTo("person"));
        assertThatThrownBy(() -> inTransaction(absences -> absences.add(COORDINATOR, gone, day(9), day(9), null)))
                .isInstanceOfSatisfying(AbsenceProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("person"));
        assertRefused(() -> inTransaction(absences -> {
            absences.remove(COORDINATOR, UUID.randomUUID());
            return null;
        }), DomainProblem.Kind.NOT_FOUND);
        assertThat(audited).isEmpty();
    }

    @Test
    void whoIsAwayOnADayOrOverDaysIsAnsweredByUserName() {
        String lin = person(Role.LINGUIST);
        String tanaka = person(Role.COORDINATOR);
        inTransaction(absences -> absences.add(COORDINATOR, lin, day(9), day(11), null));
        inTransaction(absences -> absences.add(COORDINATOR, tanaka, day(14), day(14), null));

        assertThat(away(day(11), day(11))).contains(lin).doesNotContain(tanaka);
        assertThat(away(day(12), day(13))).doesNotContain(lin, tanaka);
        assertThat(away(day(12), day(14))).contains(tanaka).doesNotContain(lin);
        assertThat(on(lin, day(10))).map(Absence::firstDay).contains(day(9));
        assertThat(on(lin, day(12))).isEmpty();
    }

    private List<Absence> listed(Caller caller, LocalDate first, LocalDate last) {
        return inTransaction(absences -> absences.between(caller, first, last));
    }

    private static Set<String> away(LocalDate first, LocalDate last) {
        return inRegister(register -> register.away(first, last));
    }

    private static Optional<Absence> on(String person, LocalDate day) {
        return inRegister(register -> register.on(person, day));
    }

    private static LocalDate day(int december) {
        return LocalDate.of(2026, 12, december);
    }

    /** A person of the role, in the directory and stored, with a user name of this test's own. */
    private String person(Role role) {
        Person person = new Person(role.groupName() + "-" + UUID.randomUUID().toString().substring(0, 8), "Test",
                null, null, Set.of(role), Set.of());
        people.add(person);
        try (EntityManager em = unit.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(person);
            em.getTransaction().commit();
        }
        return person.username();
    }

    private <T> T inTransaction(Function<Absences, T> work) {
        return inRegister(register -> work.apply(new Absences(register,
                new TestDirectory(people.toArray(Person[]::new)), new RecordingChangeLog(), MONDAY)));
    }

    private static <T> T inRegister(Function<AbsenceRegister, T> work) {
        try (EntityManager em = unit.createEntityManager()) {
            AbsenceRegister register = new AbsenceRegister();
            register.em = em;
            em.getTransaction().begin();
            try {
                T result = work.apply(register);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        }
    }

    private static void assertRefused(Runnable call, DomainProblem.Kind kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AbsenceProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(kind));
    }

    /** The change log, writing down what it is told instead of storing it. */
    private final class RecordingChangeLog extends ChangeLog {

        @Override
        public void record(String actor, Subject kind, String subject, Object before, Object after) {
            audited.add(actor + " " + kind + " " + subject + " " + before + "→" + after);
        }
    }
}
