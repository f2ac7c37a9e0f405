package org.kakehashi.team;

import org.kakehashi.absence.AbsenceView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The team in a week from Monday to Sunday, as the city's calendar has it, seen on {@code today}.
 *
 * @param people the active linguists, reviewers, external reviewers and coordinators, by user name
 */
public record TeamWeek(LocalDate monday, LocalDate sunday, LocalDate today, List<Member> people) {

    /**
     * A person of the team: the roles that make them one, their load in the week, their absences with a day in it,
     * and every open task they hold, soonest due first.
     */
    public record Member(String username, String displayName, List<String> roles, WeekLoad load,
                         List<AbsenceView> absences, List<Task> tasks) {
    }

    /**
     * @param taskKey        the step, such as {@code translateRequest}
     * @param targetLanguage the job's target; null for a task of the whole request
     * @param atRisk         overdue, or its holder away on a business day before it falls due
     */
    public record Task(String id, String taskKey, String requestNumber, String targetLanguage, Instant due,
                       boolean overdue, boolean atRisk) {
    }
}
