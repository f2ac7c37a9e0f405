package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.CityCalendar;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EarliestDeliveryTest {

    private final CityCalendar calendar = CityCalendar.standard();

    @Test
    void aShortTextIsDueAfterTheLeadTimeCountedPastGoldenWeek() {
        // Friday 24 April 2026; closed: 29 April (Shōwa Day), 4–6 May (6 May substitutes Constitution Day, a Sunday)
        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 4, 24), RequestType.TRANSLATION,
                2.0, 10, 4);

        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(estimate.businessDays()).isEqualTo(10);
    }

    @Test
    void aLongTextTakesItsWorkDaysPlusReviewAndDelivery() {
        // 50 hours at 4 a day = 13 days, + 2 = 15 business days from Monday 7 September 2026, past the Silver
        // Week holidays (21 Respect for the Aged Day, 22 the citizens' holiday between two holidays, 23 Autumn
        // Equinox)
        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 9, 7), RequestType.TRANSLATION,
                50.0, 10, 4);

        assertThat(estimate.workDays()).isEqualTo(15);
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void anInterpretationNeedsOnlyItsLeadTime() {
        var estimate = EarliestDelivery.estimate(calendar, LocalDate.of(2026, 12, 25), RequestType.INTERPRETATION,
                30.0, 7, 4);

        // 28 December, then the year-end closing (29 December – 3 January) and Coming of Age Day (11 January 2027)
        // count no days: 4–8 January and 12 January make the other six
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2027, 1, 12));
    }
}
