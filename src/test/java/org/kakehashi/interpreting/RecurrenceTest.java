package org.kakehashi.interpreting;

import org.junit.jupiter.api.Test;
import org.kakehashi.interpreting.Recurrence.Frequency;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Days worked out on the calendar by hand. */
class RecurrenceTest {

    @Test
    void aMonthlyMeetingOnTheSecondTuesdayStaysOnTheSecondTuesday() {
        assertThat(new Recurrence(Frequency.MONTHLY, 5).days(LocalDate.of(2027, 1, 12))).containsExactly(
                LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9),
                LocalDate.of(2027, 4, 13), LocalDate.of(2027, 5, 11));
    }

    @Test
    void aMeetingInTheFifthWeekFallsOnTheLastSuchWeekdayOfAMonthWithoutOne() {
        assertThat(new Recurrence(Frequency.MONTHLY, 4).days(LocalDate.of(2026, 12, 29))).containsExactly(
                LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 23),
                LocalDate.of(2027, 3, 30));
    }

    @Test
    void aWeeklyMeetingCrossesTheYear() {
        assertThat(new Recurrence(Frequency.WEEKLY, 3).days(LocalDate.of(2026, 12, 24))).containsExactly(
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 7));
    }

    @Test
    void aSeriesHasTwoToTwelveMeetings() {
        assertThatThrownBy(() -> new Recurrence(Frequency.WEEKLY, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recurrence(Frequency.MONTHLY, 13)).isInstanceOf(IllegalArgumentException.class);
    }
}
