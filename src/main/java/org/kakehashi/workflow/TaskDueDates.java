package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

/**
 * The translation process's task due dates and timeout timers ({@code ${taskDue.translation(execution)}}): the service
 * time the city sets ({@link Deadlines}, in city business days from now), unless the requester's wanted-by date
 * comes first: then the task is due at the end of that day and escalates then, and its reminder comes at the
 * latest as that day starts. A wanted-by date before the earliest realistic date is the coordinator's to accept;
 * the tasks then say how little time there is.
 */
@Named("taskDue")
@ApplicationScoped
public class TaskDueDates {

    @Inject
    Deadlines deadlines;
    @Inject
    Clock clock;
    @Inject
    RequestFactsLookup requests;

    public Date triage(VariableScope execution) {
        return due(deadlines.getTriageDue(), execution);
    }

    public Date triageReminder(VariableScope execution) {
        return reminder(deadlines.getTriageReminder(), execution);
    }

    public Date translation(VariableScope execution) {
        return due(deadlines.getTranslationDue(), execution);
    }

    public Date translationReminder(VariableScope execution) {
        return reminder(deadlines.getTranslationReminder(), execution);
    }

    public Date review(VariableScope execution) {
        return due(deadlines.getReviewDue(), execution);
    }

    public Date reviewReminder(VariableScope execution) {
        return reminder(deadlines.getReviewReminder(), execution);
    }

    private Date due(String serviceTime, VariableScope execution) {
        return dueBy(fromNow(serviceTime), wantedBy(execution), zone());
    }

    private Date reminder(String serviceTime, VariableScope execution) {
        return remindBy(fromNow(serviceTime), wantedBy(execution), zone());
    }

    /** The service time from now on the engine's calendar, the city's business days ({@link CityCalendars}). */
    private static Date fromNow(String serviceTime) {
        return Context.getProcessEngineConfiguration().getBusinessCalendarManager()
                .getBusinessCalendar(DueDateBusinessCalendar.NAME)
                .resolveDuedate(serviceTime, ClockUtil.getCurrentTime());
    }

    /** The service due date, or the last second of the wanted-by day in the city when that is earlier. */
    static Date dueBy(Date service, Optional<LocalDate> wantedBy, ZoneId zone) {
        return wantedBy.map(day -> Date.from(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant()))
                .filter(end -> end.before(service))
                .orElse(service);
    }

    /** The service reminder, or the start of the wanted-by day in the city when that is earlier. */
    static Date remindBy(Date service, Optional<LocalDate> wantedBy, ZoneId zone) {
        return wantedBy.map(day -> Date.from(day.atStartOfDay(zone).toInstant()))
                .filter(start -> start.before(service))
                .orElse(service);
    }

    /** The requester's wanted-by date as the request has it now. */
    private Optional<LocalDate> wantedBy(VariableScope execution) {
        return Optional.ofNullable(requests.of(execution).wantedBy());
    }

    protected ZoneId zone() {
        return clock.getZone();
    }
}
