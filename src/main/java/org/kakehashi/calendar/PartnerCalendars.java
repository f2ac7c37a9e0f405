package org.kakehashi.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** The partners' working calendars, from {@code calendar/partner-calendars.properties}. */
@ApplicationScoped
public class PartnerCalendars {

    private static final String FILE = "/calendar/partner-calendars.properties";

    private final Properties days = load();

    /** @param zone the partner's time zone, from the directory */
    public PartnerCalendar of(String partner, ZoneId zone) {
        return new PartnerCalendar(zone, dates(partner + ".closed"), dates(partner + ".working"));
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
