package org.kakehashi.directory;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** When a partner's office answers, in its own time zone. */
public record OfficeHours(LocalTime opens, LocalTime closes) {

    public OfficeHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("an office opens before it closes: " + opens + "–" + closes);
        }
    }

    /**
     * @param hours {@code 09:00-17:00} (a hyphen or an en dash between)
     * @throws IllegalArgumentException when it is not two times, the first before the second
     */
    public static OfficeHours parse(String hours) {
        String[] times = hours.strip().split("\\s*[-–]\\s*");
        try {
            if (times.length == 2) {
                return new OfficeHours(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not office hours such as 09:00-17:00: " + hours, e);
        }
        throw new IllegalArgumentException("not office hours such as 09:00-17:00: " + hours);
    }

    /** {@code 09:00-17:00}, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
