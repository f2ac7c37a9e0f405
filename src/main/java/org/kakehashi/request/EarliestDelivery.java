package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The earliest date the office can realistically promise, shown on the request form while the requester types:
 * the intake rule's lead time, or — for a long text — the days the work itself takes
 * (the setting {@code intake.translation-hours-per-day}: a few hours of translation a day, since the coordinator
 * has other duties) plus a day for the review and one for the delivery, whichever is longer, counted
 * in the city's business days.
 */
@ApplicationScoped
public class EarliestDelivery {

    static final int REVIEW_AND_DELIVERY_DAYS = 2;

    public record Estimate(LocalDate earliest, int businessDays, int leadDays, int workDays) {
    }

    @Inject
    CityClosedDays closedDays;
    @Inject
    Clock clock;
    @Inject
    IntakeRules intake;
    @Inject
    OfficeSettings settings;

    public Estimate estimate(RequestType type, double estimatedHours) {
        double hoursPerDay = settings.decimal(Setting.TRANSLATION_HOURS_PER_DAY);
        return estimate(closedDays.calendar(), LocalDate.now(clock), type, estimatedHours,
                intake.leadDays(type), hoursPerDay);
    }

    static Estimate estimate(CityCalendar calendar, LocalDate today, RequestType type, double estimatedHours,
                             int leadDays, double hoursPerDay) {
        int workDays = type == RequestType.INTERPRETATION
                ? 0
                : (int) Math.ceil(Math.max(estimatedHours, 0) / hoursPerDay) + REVIEW_AND_DELIVERY_DAYS;
        int businessDays = Math.max(leadDays, workDays);
        return new Estimate(calendar.addBusinessDays(today, businessDays), businessDays, leadDays, workDays);
    }
}
