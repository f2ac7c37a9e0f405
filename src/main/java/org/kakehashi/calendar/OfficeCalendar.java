package org.kakehashi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the city's {@link CityCalendar} injectable: national holidays, weekends and 12/29–1/3. */
@ApplicationScoped
public class OfficeCalendar {

    @Produces
    @Singleton
    CityCalendar calendar() {
        return CityCalendar.standard();
    }
}
