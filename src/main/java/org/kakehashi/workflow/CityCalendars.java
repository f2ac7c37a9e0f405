package org.kakehashi.workflow;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.kakehashi.calendar.CityCalendar;

import java.time.ZoneId;
import java.util.function.Supplier;

/** The engine's business calendars: timer durations and task due dates count city business days. */
public final class CityCalendars {

    private CityCalendars() {
    }

    public static BusinessCalendarManager forEngine(Supplier<CityCalendar> calendar, ZoneId cityZone) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new CityBusinessCalendar(calendar, cityZone, new DurationBusinessCalendar()));
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                new CityBusinessCalendar(calendar, cityZone, new DueDateBusinessCalendar()));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        return calendars;
    }
}
