package org.kakehashi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.directory.Directory;
import org.kakehashi.directory.OfficeHours;
import org.kakehashi.directory.Partner;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When mail to a sister-city partner goes out: now while its office is open, else at its next office hour, in its
 * own time zone — never on its weekend or public holidays ({@link PartnerOfficeHours}). The hours are the
 * partner's from the directory, else the office's setting {@code partner.office-hours} (09:00-17:00).
 * <p>
 * "Now" is {@link #now()}, the city's clock: the one moment of this decision, which an integration test pins by
 * replacing this bean with an alternative that overrides it.
 */
@ApplicationScoped
public class PartnerSendingTimes {

    private Directory directory;
    private PartnerCalendars calendars;
    private OfficeSettings settings;
    private Clock clock;

    /** For the container's proxies only. */
    protected PartnerSendingTimes() {
    }

    @Inject
    public PartnerSendingTimes(Directory directory, PartnerCalendars calendars, OfficeSettings settings, Clock clock) {
        this.directory = directory;
        this.calendars = calendars;
        this.settings = settings;
        this.clock = clock;
    }

    /** The partner's office hours, working days and zone. */
    public PartnerOfficeHours officeHours(Partner partner) {
        return calendars.officeHours(partner, OfficeHours.parse(settings.text(Setting.PARTNER_OFFICE_HOURS)));
    }

    /** When a mail to the partner written now may go out, in the partner's zone. */
    public ZonedDateTime nextOfficeHour(Partner partner) {
        return officeHours(partner).sendingTime(now());
    }

    /** The same by the partner's code; empty for a code the directory does not know. */
    public Optional<ZonedDateTime> nextOfficeHour(String partner) {
        return directory.partner(partner).map(this::nextOfficeHour);
    }

    /** The moment the decision is taken for. */
    protected Instant now() {
        return clock.instant();
    }
}
