package org.kakehashi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The city's clock: system time in the city's time zone ({@code kakehashi.city.zone}, default Asia/Tokyo), so
 * that "today" and deadlines are the city's, whatever zone the server runs in.
 */
@ApplicationScoped
public class CityClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(zone());
    }

    /** For what shows a moment as the city's date outside a bean, such as a refusal's message. */
    public static ZoneId zone() {
        return ZoneId.of(System.getProperty("kakehashi.city.zone", "Asia/Tokyo"));
    }
}
