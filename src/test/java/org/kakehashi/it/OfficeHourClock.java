package org.kakehashi.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.kakehashi.calendar.PartnerCalendars;
import org.kakehashi.calendar.PartnerSendingTimes;
import org.kakehashi.directory.Directory;
import org.kakehashi.platform.settings.OfficeSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The moment at which mail to a partner is decided held or not, pinned by a test — "delivered on Waitangi Day" —
 * and the city's clock again once unpinned. Only this decision moves: links, sessions, deadlines and the outbox's
 * own clock keep the real time, so a mail held until a pinned future office hour stays held until the test
 * releases it (the coordinator's send-now) or checks its not-before.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class OfficeHourClock extends PartnerSendingTimes {

    private final AtomicReference<Instant> pinned = new AtomicReference<>();

    /** For the container's proxies only. */
    protected OfficeHourClock() {
    }

    @Inject
    public OfficeHourClock(Directory directory, PartnerCalendars calendars, OfficeSettings settings, Clock clock) {
        super(directory, calendars, settings, clock);
    }

    public void pin(Instant at) {
        pinned.set(at);
    }

    public void unpin() {
        pinned.set(null);
    }

    @Override
    protected Instant now() {
        Instant at = pinned.get();
        return at != null ? at : super.now();
    }
}
