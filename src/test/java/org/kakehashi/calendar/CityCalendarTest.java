package org.kakehashi.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CityCalendarTest {

    private final CityCalendar calendar = CityCalendar.standard();

    @Test
    void theYearEndDaysAreClosedAndTheDaysAroundThemOpen() {
        assertThat(calendar.isOpen(LocalDate.of(2025, 12, 26))).as("Fri 12/26").isTrue();
        for (int day = 29; day <= 31; day++) {
            assertThat(calendar.isOpen(LocalDate.of(2025, 12, day))).as("12/" + day).isFalse();
        }
        assertThat(calendar.isOpen(LocalDate.of(2026, 1, 2))).as("Fri 1/2").isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2026, 12, 28))).as("Mon 12/28").isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2027, 1, 4))).as("Mon 1/4").isTrue();
    }

    @Test
    void aDeadlineOnAClosedDayMovesToTheNextOpenDay() {
        // Saturday 2 May 2026, then Sunday, three holidays and the substitute holiday of 6 May
        assertThat(calendar.nextOpenDayOnOrAfter(LocalDate.of(2026, 5, 2))).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(calendar.nextOpenDayOnOrAfter(LocalDate.of(2026, 9, 19))).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(calendar.nextOpenDayOnOrAfter(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void businessDaysSkipGoldenWeek() {
        // Thu 30 Apr 2026 + 2 open days: Fri 1 May, then Thu 7 May
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 4, 30), 2)).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 7))).isEqualTo(2);
    }

    @Test
    void tenBusinessDaysAcrossTheYearEnd() {
        // from Fri 18 Dec 2026: 21–25 Dec, 28 Dec, then 4–7 Jan 2027 (1/1 holiday, 12/29–1/3 closed)
        assertThat(calendar.addBusinessDays(LocalDate.of(2026, 12, 18), 10)).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(calendar.businessDaysBetween(LocalDate.of(2027, 1, 7), LocalDate.of(2026, 12, 18))).isEqualTo(-10);
    }

    @Test
    void aClosedDayTheCityAddsIsSkipped() {
        CityCalendar withElectionDayOff = calendar.withClosedDays(Set.of(LocalDate.of(2026, 11, 25)));

        assertThat(withElectionDayOff.isOpen(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(withElectionDayOff.addBusinessDays(LocalDate.of(2026, 11, 24), 1))
                .isEqualTo(LocalDate.of(2026, 11, 26));
    }
}
