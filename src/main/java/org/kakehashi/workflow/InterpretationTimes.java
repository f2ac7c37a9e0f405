package org.kakehashi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kakehashi.request.InterpretingEvent;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestWork;

import java.time.Duration;
import java.util.Date;

/**
 * The interpretation process's timer dates, from the request's event ({@code ${interpretationTimes...}}): the
 * interpreter's reminder (the setting {@code interpreting.reminder-hours}) before the start, and the end.
 */
@Named("interpretationTimes")
@ApplicationScoped
public class InterpretationTimes {

    @Inject
    OfficeSettings settings;
    @Inject
    RequestWork work;

    public Date reminderAt(String requestNumber) {
        Duration before = Duration.ofHours(settings.number(Setting.INTERPRETER_REMINDER_HOURS));
        return Date.from(event(requestNumber).start().minus(before));
    }

    public Date endAt(String requestNumber) {
        return Date.from(event(requestNumber).end());
    }

    private InterpretingEvent event(String requestNumber) {
        return work.get(RequestNumber.parse(requestNumber)).event();
    }
}
