package org.kakehashi.team;

import org.junit.jupiter.api.Test;
import org.kakehashi.absence.Absence;
import org.kakehashi.calendar.CityCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seen on Monday 2026-12-07 at 10:00 in Tokyo (01:00Z), unless a test says otherwise; the city's standard
 * calendar: weekends, national holidays and 12/29–1/3 closed.
 */
class TaskRiskTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final TaskRisk MONDAY = seenAt("2026-12-07T01:00:00Z");
    /** Friday 17:00 in Tokyo. */
    private static final Instant FRIDAY = Instant.parse("2026-12-11T08:00:00Z");

    @Test
    void aTaskPastItsDueMomentIsOverdueAndAtRiskAwayOrNot() {
        // 09:30 this morning
        Instant due = Instant.parse("2026-12-07T00:30:00Z");

        assertThat(MONDAY.overdue(due)).isTrue();
        assertThat(MONDAY.atRisk(due, List.of())).isTrue();
        assertThat(MONDAY.overdue(FRIDAY)).isFalse();
    }

    @Test
    void aHolderHereEveryDayUntilItFallsDuePutsNothingAtRisk() {
        assertThat(MONDAY.atRisk(FRIDAY, List.of())).isFalse();
    }

    @Test
    void aHolderAwayOnAWorkingDayBeforeItFallsDuePutsItAtRisk() {
        assertThat(MONDAY.atRisk(FRIDAY, List.of(away("2026-12-09", "2026-12-09")))).isTrue();
        // the due day itself counts
        assertThat(MONDAY.atRisk(FRIDAY, List.of(away("2026-12-11", "2026-12-18")))).isTrue();
        // and today
        assertThat(MONDAY.atRisk(FRIDAY, List.of(away("2026-12-01", "2026-12-07")))).isTrue();
    }

    @Test
    void anAbsenceOutsideTheDaysUntilItFallsDuePutsNothingAtRisk() {
        assertThat(MONDAY.atRisk(FRIDAY, List.of(away("2026-12-14", "2026-12-18"),
                away("2026-11-30", "2026-12-04")))).isFalse();
    }

    @Test
    void anAbsenceOnlyOnDaysTheOfficeIsClosedPutsNothingAtRisk() {
        // Saturday and Sunday, the task due on Monday 12/14 at 17:00
        assertThat(MONDAY.atRisk(Instant.parse("2026-12-14T08:00:00Z"),
                List.of(away("2026-12-12", "2026-12-13")))).isFalse();
        // the year-end closure 12/29–1/3, seen on Monday 12/28, the task due on Monday 2027-01-04
        TaskRisk yearEnd = seenAt("2026-12-28T01:00:00Z");
        Instant afterNewYear = Instant.parse("2027-01-04T08:00:00Z");
        assertThat(yearEnd.atRisk(afterNewYear, List.of(away("2026-12-29", "2027-01-03")))).isFalse();
        assertThat(yearEnd.atRisk(afterNewYear, List.of(away("2026-12-28", "2026-12-28")))).isTrue();
        // 勤労感謝の日, Monday 2026-11-23, after a weekend, seen on Friday 11/20, the task due on Tuesday 11/24
        assertThat(seenAt("2026-11-20T01:00:00Z").atRisk(Instant.parse("2026-11-24T08:00:00Z"),
                List.of(away("2026-11-21", "2026-11-23")))).isFalse();
    }

    @Test
    void theDayATaskFallsDueOnIsTheCitysDay() {
        // Monday 12/14 at 01:00 in Tokyo, still Sunday 12/13 in UTC: the holder away on that Monday puts it at risk
        Instant earlyMonday = Instant.parse("2026-12-13T16:00:00Z");
        assertThat(MONDAY.atRisk(earlyMonday, List.of(away("2026-12-14", "2026-12-14")))).isTrue();
    }

    @Test
    void aTaskWithoutADueDateIsAtRiskWhileItsHolderIsAwayToday() {
        assertThat(MONDAY.overdue(null)).isFalse();
        assertThat(MONDAY.atRisk(null, List.of(away("2026-12-07", "2026-12-08")))).isTrue();
        assertThat(MONDAY.atRisk(null, List.of(away("2026-12-08", "2026-12-09")))).isFalse();
    }

    private static TaskRisk seenAt(String now) {
        return new TaskRisk(CityCalendar.standard(), Instant.parse(now), TOKYO);
    }

    private static Absence away(String first, String last) {
        return new Absence("lin", LocalDate.parse(first), LocalDate.parse(last), null);
    }
}
