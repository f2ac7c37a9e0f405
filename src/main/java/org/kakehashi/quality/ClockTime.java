package org.kakehashi.quality;

/**
 * A time of day: 午後2時, 14:00, 2 p.m., 10時半, 下午2点. A check reports it as a number, as a translation that
 * changes it changes its numbers.
 *
 * @param hour         0 to 23
 * @param eitherHalfOfDay whether the text leaves open which half of the day it means: 2時 and 2:00 may be 14:00
 */
record ClockTime(String written, int hour, int minute, boolean eitherHalfOfDay) implements Fact {

    @Override
    public FindingKind kind() {
        return FindingKind.NUMBER;
    }

    @Override
    public boolean carriedBy(Fact other) {
        if (!(other instanceof ClockTime time) || minute != time.minute) {
            return false;
        }
        return eitherHalfOfDay || time.eitherHalfOfDay ? hour % 12 == time.hour % 12 : hour == time.hour;
    }
}
