package org.kakehashi.calendar;

import org.junit.jupiter.api.Test;
import org.kakehashi.directory.Partner;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders to a partner after its own working days, an hour after it opens. */
class PartnerCalendarTest {

    private final PartnerCalendars calendars = new PartnerCalendars();

    private PartnerOfficeHours officeHours(String code, String language, String zone) {
        return calendars.officeHours(new Partner(code, code, LanguageTag.of(language), ZoneId.of(zone)));
    }

    @Test
    void napierCountsPastHawkesBayAnniversaryAndLabourDayAndIsRemindedInItsMorning() {
        PartnerOfficeHours napier = officeHours("napier", "en-NZ", "Pacific/Auckland");
        // delivered Thursday 22 October 2026, 16:00 in Napier; Friday 23rd is Hawke's Bay Anniversary Day and
        // Monday 26th Labour Day: the fifth working day is Monday 2 November
        Instant delivered = ZonedDateTime.of(2026, 10, 22, 16, 0, 0, 0, ZoneId.of("Pacific/Auckland")).toInstant();

        ZonedDateTime reminder = napier.reminderAfter(delivered, 5);

        assertThat(reminder.toInstant()).isEqualTo(Instant.parse("2026-11-01T21:00:00Z")); // 10:00 NZDT, UTC+13
    }

    @Test
    void qinhuangdaoSkipsNationalDayWeekAndWorksOnTheAdjustedSaturday() {
        PartnerOfficeHours qinhuangdao = officeHours("qinhuangdao", "zh-CN", "Asia/Shanghai");
        // delivered Wednesday 30 September 2026; 1–7 October are holidays; Saturday 10 October is a working day:
        // 8, 9, 10, 12 and 13 October
        Instant delivered = Instant.parse("2026-09-30T03:00:00Z");

        assertThat(qinhuangdao.reminderAfter(delivered, 5).toInstant())
                .isEqualTo(Instant.parse("2026-10-13T02:00:00Z")); // 10:00 CST, UTC+8
    }

    @Test
    void aDeliveryLateInTheCitysEveningIsAlreadyTheNextDayInNewZealand() {
        PartnerOfficeHours napier = officeHours("napier", "en-NZ", "Pacific/Auckland");
        // Friday 20 November 2026, 22:00 in Japan is Saturday 02:00 in Napier: counting starts from Saturday
        Instant delivered = Instant.parse("2026-11-20T13:00:00Z");

        assertThat(napier.reminderAfter(delivered, 1).toLocalDate()).hasToString("2026-11-23");
    }
}
