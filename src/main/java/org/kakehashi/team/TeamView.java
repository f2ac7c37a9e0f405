package org.kakehashi.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kakehashi.absence.Absence;
import org.kakehashi.absence.AbsenceRegister;
import org.kakehashi.absence.AbsenceView;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.Person;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestRepository;
import org.kakehashi.task.HeldTask;
import org.kakehashi.task.HeldTasks;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coordinator's view of the team in a week: who holds which open task and when it falls due, each person's
 * load in the week ({@link WeekLoad}) and absences, and the tasks at risk ({@link TaskRisk}) as of now.
 */
@ApplicationScoped
@Transactional
public class TeamView {

    /** The roles whose people hold the translation, review and coordination tasks. */
    private static final Set<Role> TEAM = EnumSet.of(Role.LINGUIST, Role.REVIEWER, Role.EXTERNAL_REVIEWER,
            Role.COORDINATOR);

    private Directory directory;
    private HeldTasks held;
    private RequestRepository requests;
    private AbsenceRegister absences;
    private CityClosedDays closedDays;
    private Clock clock;

    /** For the container's proxies only. */
    protected TeamView() {
    }

    @Inject
    public TeamView(Directory directory, HeldTasks held, RequestRepository requests, AbsenceRegister absences,
                    CityClosedDays closedDays, Clock clock) {
        this.directory = directory;
        this.held = held;
        this.requests = requests;
        this.absences = absences;
        this.closedDays = closedDays;
        this.clock = clock;
    }

    /**
     * @param day any day of the week, in the city's calendar
     * @throws TeamProblem for a caller outside the office
     */
    public TeamWeek week(Caller caller, LocalDate day) {
        if (!caller.isOffice()) {
            throw TeamProblem.officeOnly();
        }
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<Person> team = directory.people().stream()
                .filter(Person::isActive)
                .filter(person -> person.roles().stream().anyMatch(TEAM::contains))
                .toList();
        Map<String, List<HeldTask>> tasks = held.heldBy(team.stream().map(Person::username).toList()).stream()
                .collect(Collectors.groupingBy(HeldTask::holder));
        Map<String, CountingReceipt> receipts = requests.receipts(tasks.values().stream().flatMap(List::stream)
                        .map(task -> RequestNumber.parse(task.requestNumber())).collect(Collectors.toSet()))
                .entrySet().stream().collect(Collectors.toMap(entry -> entry.getKey().value(), Map.Entry::getValue));
        // the week's absences, and those between today and the days the tasks fall due
        Map<String, List<Absence>> away = absences.between(today.isBefore(monday) ? today : monday, null).stream()
                .collect(Collectors.groupingBy(Absence::person));
        TaskRisk risk = new TaskRisk(closedDays.calendar(), now, zone);
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        return new TeamWeek(monday, sunday, today, team.stream().map(person -> {
            List<HeldTask> holds = tasks.getOrDefault(person.username(), List.of());
            List<Absence> absent = away.getOrDefault(person.username(), List.of());
            return new TeamWeek.Member(person.username(), person.displayName(),
                    person.roles().stream().map(Role::groupName).sorted().toList(),
                    WeekLoad.of(holds, receipts, from, to),
                    absent.stream().filter(absence -> absence.overlaps(monday, sunday)).map(AbsenceView::of).toList(),
                    holds.stream().map(task -> new TeamWeek.Task(task.id(), task.taskKey(), task.requestNumber(),
                            task.targetLanguage(), task.due(), risk.overdue(task.due()),
                            risk.atRisk(task.due(), absent))).toList());
        }).toList());
    }
}
