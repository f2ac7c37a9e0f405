package org.kakehashi.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.kakehashi.directory.OfficeHours;
import org.kakehashi.directory.Partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** The partners' working calendars and regions, from {@code calendar/partner-calendars.properties}. */
@ApplicationScoped
public class PartnerCalendars {

    private static final String FILE = "/calendar/partner-calendars.properties";

    private final Properties days = load();

    /** @param zone the partner's time zone, from the directory */
    public PartnerCalendar of(String partner, ZoneId zone) {
        return new PartnerCalendar(zone, dates(partner + ".closed"), dates(partner + ".working"));
    }

    /**
     * When mail may go out to the partner: its holidays by rule with those announced here, in its office hours.
     * The partner's region ({@code napier.region=NZ-HKB}) adds the region's own holidays.
     */
    public PartnerOfficeHours officeHours(Partner partner) {
        return officeHours(partner, PartnerOfficeHours.DEFAULT_HOURS);
    }

    /** @param usualHours the hours of a partner whose own the directory does not give */
    public PartnerOfficeHours officeHours(Partner partner, OfficeHours usualHours) {
        return PartnerOfficeHours.of(partner, region(partner.code()), of(partner.code(), partner.timeZone()),
                usualHours);
    }

    /** The partner's ISO 3166-2 subdivision, whose regional holidays it keeps. */
    public Optional<String> region(String partner) {
        return Optional.ofNullable(days.getProperty(partner + ".region")).map(String::strip).filter(s -> !s.isEmpty());
    }

    private Set<LocalDate> dates(String key) {
        String listed = days.getProperty(key, "");
        return Arrays.stream(listed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(LocalDate::parse)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Properties load() {
        Properties file = new Properties();
        try (InputStream in = PartnerCalendars.class.getResourceAsStream(FILE)) {
            file.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return file;
    }
}
