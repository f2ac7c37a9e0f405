package org.kakehashi.team;

import org.junit.jupiter.api.Test;
import org.kakehashi.absence.Absence;
import org.kakehashi.absence.AbsenceRegister;
import org.kakehashi.absence.AbsenceView;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.directory.Person;
import org.kakehashi.directory.TestDirectory;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.DomainProblem;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.task.HeldTask;
import org.kakehashi.task.HeldTasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The team view put together from the directory, the tasks held, the requests' receipts and the absences, without a
 * server; seen on Monday 2026-12-07 at 10:00 in Tokyo.
 */
class TeamViewTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final Caller COORDINATOR = new Caller("emily", Set.of(Role.COORDINATOR), "mirai-souzou");

    private static final Person LIN = new Person("lin", "林", null, null, Set.of(Role.LINGUIST),
            Set.of(LanguagePair.parse("ja>zh-Hans")));
    private static final Person TANAKA = new Person("tanaka", "田中", "mirai-souzou", null,
            Set.of(Role.COORDINATOR, Role.REVIEWER), Set.of(LanguagePair.parse("ja>en")));
    private static final Person WANG = new Person("wang", "王", null, null, Set.of(Role.EXTERNAL_REVIEWER), Set.of());
    private static final Person SATO = new Person("sato", "佐藤", "sougou-fukushi", null, Set.of(Role.REQUESTER),
            Set.of());
    private static final Person WATANABE = new Person("watanabe", "渡辺", "mirai-souzou", null,
            Set.of(Role.OFFICE_MANAGER), Set.of());
    private static final Person GONE = new Person("gone", "退職者", null, null, Set.of(Role.LINGUIST), Set.of());

    static {
        GONE.deactivate(Instant.parse("2026-04-01T00:00:00Z"));
    }

    private final TeamView view = new TeamView(new TestDirectory(LIN, TANAKA, WANG, SATO, WATANABE, GONE),
            new Held(List.of(
                    // Wednesday 17:00
                    new HeldTask("t1", "translateRequest", "lin", "2026-00001", "zh-Hans",
                            Instant.parse("2026-12-09T08:00:00Z")),
                    // this morning 09:30: overdue
                    new HeldTask("t2", "triageRequest", "tanaka", "2026-00002", null,
                            Instant.parse("2026-12-07T00:30:00Z")),
                    // Thursday 17:00
                    new HeldTask("t3", "translateRequest", "tanaka", "2026-00003", "ja",
                            Instant.parse("2026-12-10T08:00:00Z")),
                    new HeldTask("t4", "translateRequest", "sato", "2026-00001", "en",
                            Instant.parse("2026-12-10T08:00:00Z")))),
            new Receipts(Map.of(
                    "2026-00001", new CountingReceipt("ja", CountingReceipt.Unit.CHARACTERS, 1_200, null,
                            new CountingReceipt.Breakdown(1_200, 0, 0, 0, 0, 0, 0), 3, 1.5),
                    "2026-00003", new CountingReceipt("en", CountingReceipt.Unit.WORDS, 2_400, 500L,
                            new CountingReceipt.Breakdown(0, 0, 2_400, 500, 0, 0, 0), 0, 2.0))),
            new Register(List.of(
                    new Absence("tanaka", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8), "研修"),
                    new Absence("lin", LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 22), null),
                    new Absence("wang", LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 15), null))),
            new StandardCalendar(), NOW);

    @Test
    void theTeamIsTheActiveLinguistsReviewersAndCoordinatorsWithTheirWeek() {
        TeamWeek week = view.week(COORDINATOR, LocalDate.of(2026, 12, 9));

        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(week.today()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(week.people()).extracting(TeamWeek.Member::username).containsExactly("lin", "tanaka", "wang");
        Map<String, TeamWeek.Member> people = week.people().stream()
                .collect(Collectors.toMap(TeamWeek.Member::username, member -> member));

        TeamWeek.Member lin = people.get("lin");
        assertThat(lin.roles()).containsExactly("linguist");
        assertThat(lin.load()).isEqualTo(new WeekLoad(1_200, 0, 3, 1, 0));
        assertThat(lin.absences()).as("away only after the week, and after the task falls due").isEmpty();
        assertThat(lin.tasks()).containsExactly(new TeamWeek.Task("t1", "translateRequest", "2026-00001", "zh-Hans",
                Instant.parse("2026-12-09T08:00:00Z"), false, false));

        TeamWeek.Member tanaka = people.get("tanaka");
        assertThat(tanaka.roles()).containsExactly("coordinator", "reviewer");
        assertThat(tanaka.load()).as("the triage weighs nothing").isEqualTo(new WeekLoad(0, 500, 0, 1, 0));
        assertThat(tanaka.absences()).containsExactly(
                new AbsenceView(null, "tanaka", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8), "研修"));
        assertThat(tanaka.tasks()).extracting(TeamWeek.Task::id, TeamWeek.Task::overdue, TeamWeek.Task::atRisk)
                .containsExactly(tuple("t2", true, true),
                        tuple("t3", false, true));

        TeamWeek.Member wang = people.get("wang");
        assertThat(wang.load()).isEqualTo(new WeekLoad(0, 0, 0, 0, 0));
        assertThat(wang.tasks()).isEmpty();
        assertThat(wang.absences()).extracting(AbsenceView::from).containsExactly(LocalDate.of(2026, 12, 11));
    }

    @Test
    void theNextWeekHasNoLoadYetButTheTasksAreStillListed() {
        TeamWeek week = view.week(COORDINATOR, LocalDate.of(2026, 12, 20));

        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 12, 14));
        TeamWeek.Member lin = week.people().get(0);
        assertThat(lin.load()).isEqualTo(new WeekLoad(0, 0, 0, 0, 0));
        assertThat(lin.tasks()).extracting(TeamWeek.Task::id).containsExactly("t1");
        assertThat(week.people().get(2).absences()).extracting(AbsenceView::to)
                .containsExactly(LocalDate.of(2026, 12, 15));
    }

    @Test
    void theViewIsTheOffices() {
        Caller linguist = new Caller("lin", Set.of(Role.LINGUIST), null);
        Caller officeManager = new Caller("watanabe", Set.of(Role.OFFICE_MANAGER), "mirai-souzou");

        assertThatThrownBy(() -> view.week(linguist, LocalDate.of(2026, 12, 9)))
                .isInstanceOfSatisfying(TeamProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.FORBIDDEN));
        assertThat(view.week(officeManager, LocalDate.of(2026, 12, 9)).people()).hasSize(3);
    }

    private static final class Held extends HeldTasks {

        private final List<HeldTask> tasks;

        Held(List<HeldTask> tasks) {
            this.tasks = tasks;
        }

        @Override
        public List<HeldTask> heldBy(Collection<String> people) {
            return tasks.stream().filter(task -> people.contains(task.holder())).toList();
        }
    }

    private static final class Receipts extends RequestRepository {

        private final Map<String, CountingReceipt> receipts;

        Receipts(Map<String, CountingReceipt> receipts) {
            this.receipts = receipts;
        }

        @Override
        public Map<RequestNumber, CountingReceipt> receipts(Collection<RequestNumber> numbers) {
            return numbers.stream().filter(number -> receipts.containsKey(number.value()))
                    .collect(Collectors.toMap(number -> number, number -> receipts.get(number.value())));
        }
    }

    private static final class Register extends AbsenceRegister {

        private final List<Absence> absences;

        Register(List<Absence> absences) {
            this.absences = absences;
        }

        @Override
        public List<Absence> between(LocalDate first, LocalDate last) {
            return absences.stream().filter(absence -> absence.overlaps(first, last == null ? LocalDate.MAX : last))
                    .toList();
        }
    }

    private static final class StandardCalendar extends CityClosedDays {

        @Override
        public CityCalendar calendar() {
            return CityCalendar.standard();
        }
    }
}
