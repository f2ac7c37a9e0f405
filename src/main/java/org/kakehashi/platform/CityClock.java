package org.kakehashi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.kakehashi.platform.config.StartSettings;

import java.time.Clock;

/**
 * The city's clock: system time in the city's time zone, so that "today" and deadlines are the city's, whatever
 * zone the server runs in.
 */
@ApplicationScoped
public class CityClock {

    @Produces
    @ApplicationScoped
    Clock clock(StartSettings settings) {
        return Clock.system(settings.cityZone());
    }
}
