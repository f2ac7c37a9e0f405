package org.kakehashi.quality;

import java.util.Objects;

/**
 * A day, or a month, of the calendar: 令和8年10月29日, 2026-10-29, 29 October 2026, 10月29日 and Oct 29 without a
 * year, 2026年10月 and 10月 without a day.
 *
 * @param year null when the text names no year
 * @param day  null when the text names a month only
 */
record WrittenDate(String written, Integer year, int month, Integer day) implements Fact {

    @Override
    public FindingKind kind() {
        return FindingKind.DATE;
    }

    /** A translation may add the year the source leaves to its reader, but not drop or change one. */
    @Override
    public boolean carriedBy(Fact other) {
        return other instanceof WrittenDate date
                && month == date.month
                && Objects.equals(day, date.day)
                && (year == null || year.equals(date.year));
    }
}
