package org.kakehashi.absence;

import org.junit.jupiter.api.Test;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.platform.problem.DomainProblem;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbsenceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);

    @Test
    void anAbsenceCoversItsFirstAndLastDayAndTheDaysBetween() {
        Absence week = new Absence("lin", MONDAY, FRIDAY, null);

        assertThat(week.covers(MONDAY)).isTrue();
        assertThat(week.covers(LocalDate.of(2026, 12, 9))).isTrue();
        assertThat(week.covers(FRIDAY)).isTrue();
        assertThat(week.covers(MONDAY.minusDays(1))).isFalse();
        assertThat(week.covers(FRIDAY.plusDays(1))).isFalse();
    }

    @Test
    void aSingleDayIsAnAbsence() {
        assertThat(new Absence("lin", MONDAY, MONDAY, null).covers(MONDAY)).isTrue();
    }

    @Test
    void absencesOverlapWhenTheyShareADayNotWhenOneFollowsTheOther() {
        Absence week = new Absence("lin", MONDAY, FRIDAY, null);

        assertThat(week.overlaps(FRIDAY, FRIDAY.plusDays(3))).isTrue();
        assertThat(week.overlaps(MONDAY.minusDays(7), MONDAY)).isTrue();
        assertThat(week.overlaps(MONDAY.plusDays(1), MONDAY.plusDays(2))).isTrue();
        assertThat(week.overlaps(MONDAY.minusDays(7), FRIDAY.plusDays(7))).isTrue();
        assertThat(week.overlaps(FRIDAY.plusDays(1), FRIDAY.plusDays(3))).isFalse();
        assertThat(week.overlaps(MONDAY.minusDays(3), MONDAY.minusDays(1))).isFalse();
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedNamingTheLastDay() {
        assertThatThrownBy(() -> new Absence("lin", FRIDAY, MONDAY, null))
                .isInstanceOfSatisfying(AbsenceProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.INVALID);
                    assertThat(problem.field()).isEqualTo("to");
                    assertThat(problem.arguments()).containsExactly("2026-12-07", "2026-12-11");
                });
    }

    @Test
    void theNoteIsStrippedABlankOneIsNoneAndOneTooLongIsRefused() {
        assertThat(new Absence("lin", MONDAY, FRIDAY, "  研修  ").note()).isEqualTo("研修");
        assertThat(new Absence("lin", MONDAY, FRIDAY, " ").note()).isNull();
        assertThat(new Absence("lin", MONDAY, FRIDAY, "休".repeat(200)).note()).hasSize(200);
        assertThatThrownBy(() -> new Absence("lin", MONDAY, FRIDAY, "休".repeat(201)))
                .isInstanceOfSatisfying(AbsenceProblem.class,
                        problem -> assertThat(problem.field()).isEqualTo("note"));
    }

    @Test
    void theOfficeRecordsAnyonesAbsenceEveryoneElseOnlyTheirOwn() {
        Caller coordinator = new Caller("emily", Set.of(Role.COORDINATOR, Role.REVIEWER), "mirai-souzou");
        Caller officeManager = new Caller("watanabe", Set.of(Role.OFFICE_MANAGER), "mirai-souzou");
        Caller linguist = new Caller("lin", Set.of(Role.LINGUIST), null);

        assertThat(Absences.mayChange(coordinator, "lin")).isTrue();
        assertThat(Absences.mayChange(officeManager, "tanaka")).isTrue();
        assertThat(Absences.mayChange(linguist, "lin")).isTrue();
        assertThat(Absences.mayChange(linguist, "tanaka")).isFalse();
    }
}
