package org.kakehashi.directory;

import java.time.LocalTime;

/** When a partner's office answers, in its own time zone. */
public record OfficeHours(LocalTime opens, LocalTime closes) {

    public OfficeHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("an office opens before it closes: " + opens + "–" + closes);
        }
    }
}
