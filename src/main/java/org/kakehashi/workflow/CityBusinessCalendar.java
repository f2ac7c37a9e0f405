package org.kakehashi.workflow;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.kakehashi.calendar.CityCalendar;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Supplier;

/**
 * Timers and task due dates on the city's calendar: in a duration such as {@code P10D} or {@code P2DT3H}, the
 * days are city business days (no weekends, holidays or year-end days) and the rest is clock time, counted in
 * the city's time zone. Anything that is not such a duration goes to the engine's own calendar.
 */
public class CityBusinessCalendar implements BusinessCalendar {

    private final Supplier<CityCalendar> calendar;
    private final ZoneId cityZone;
    private final BusinessCalendar fallback;

    /** @param calendar the city calendar as of now: an administrator may add closed days while the engine runs */
    public CityBusinessCalendar(Supplier<CityCalendar> calendar, ZoneId cityZone, BusinessCalendar fallback) {
        this.calendar = calendar;
        this.cityZone = cityZone;
        this.fallback = fallback;
    }

    @Override
    public Date resolveDuedate(String duedateDescription) {
        return resolveDuedate(duedateDescription, ClockUtil.getCurrentTime());
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Task task) {
        return resolveDuedate(duedateDescription);
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate) {
        Duration duration;
        try {
            duration = Duration.parse(duedateDescription.strip());
        } catch (DateTimeParseException notADuration) {
            return fallback.resolveDuedate(duedateDescription, startDate);
        }
        ZonedDateTime start = startDate.toInstant().atZone(cityZone);
        long days = duration.toDays();
        ZonedDateTime due = days == 0
                ? start
                : calendar.get().addBusinessDays(start.toLocalDate(), Math.toIntExact(days)).atTime(start.toLocalTime())
                .atZone(cityZone);
        return Date.from(due.plus(duration.minusDays(days)).toInstant());
    }
}
