package org.kakehashi.retention;

import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * How long the office keeps what it need not keep forever, as ISO 8601 periods:
 * {@code kakehashi.retention.citizen-data} (default P1Y) after a citizen's request closed, their name, address,
 * text and files; {@code kakehashi.retention.delivery-files} (default P30D) after a delivery's last link ended,
 * the delivered file.
 */
record RetentionPeriods(Period citizenData, Period deliveryFiles) {

    static RetentionPeriods configured() {
        return new RetentionPeriods(period("kakehashi.retention.citizen-data", "P1Y"),
                period("kakehashi.retention.delivery-files", "P30D"));
    }

    private static Period period(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        try {
            Period period = Period.parse(value);
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException(property + " must be a positive period such as " + fallback);
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(property + "=" + value + " is not an ISO 8601 period such as "
                    + fallback, e);
        }
    }
}
