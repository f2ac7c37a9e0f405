package org.kakehashi.platform.config;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Hours of the night, in the city's time zone: {@code 01:00-05:00}. */
public record TimeWindow(LocalTime start, LocalTime end) {

    static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    static Optional<TimeWindow> parse(String text) {
        String[] ends = text.strip().split("-");
        if (ends.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TimeWindow(LocalTime.parse(ends[0].strip(), HOURS),
                    LocalTime.parse(ends[1].strip(), HOURS)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
