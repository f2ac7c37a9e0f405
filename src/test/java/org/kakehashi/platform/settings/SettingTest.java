package org.kakehashi.platform.settings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingTest {

    @Test
    void aDeadlineIsAPositiveIsoDurationOfBusinessDaysOrHours() {
        assertThat(Setting.TRIAGE_DUE.normalise("p3d")).contains("P3D");
        assertThat(Setting.TRIAGE_DUE.normalise(" PT4H ")).contains("PT4H");
        assertThat(Setting.TRIAGE_DUE.normalise("P0D")).isEmpty();
        assertThat(Setting.TRIAGE_DUE.normalise("P1Y")).isEmpty();
        assertThat(Setting.TRIAGE_DUE.normalise("3 days")).isEmpty();
    }

    @Test
    void aRetentionIsAPositivePeriod() {
        assertThat(Setting.CITIZEN_DATA_RETENTION.normalise("P2Y")).contains("P2Y");
        assertThat(Setting.CITIZEN_DATA_RETENTION.normalise("P-1Y")).isEmpty();
    }

    @Test
    void aNumberOfDaysIsAWholeNumberFromOne() {
        assertThat(Setting.LEAD_DAYS.normalise("12")).contains("12");
        assertThat(Setting.LEAD_DAYS.normalise("0")).isEmpty();
        assertThat(Setting.LEAD_DAYS.normalise("1.5")).isEmpty();
        assertThat(Setting.TRAVEL_MINUTES.normalise("0")).contains("0");
    }

    @Test
    void theDigestTimeIsATimeOfDay() {
        assertThat(Setting.DIGEST_TIME.normalise("07:45")).contains("07:45");
        assertThat(Setting.DIGEST_TIME.normalise("25:00")).isEmpty();
    }

    @Test
    void aPartnersOfficeHoursAreTwoTimesTheFirstBeforeTheSecond() {
        assertThat(Setting.PARTNER_OFFICE_HOURS.normalise(" 8:30 - 16:00 ")).isEmpty(); // not ISO: 08:30
        assertThat(Setting.PARTNER_OFFICE_HOURS.normalise("08:30 - 16:00")).contains("08:30-16:00");
        assertThat(Setting.PARTNER_OFFICE_HOURS.normalise("08:30–16:00")).contains("08:30-16:00");
        assertThat(Setting.PARTNER_OFFICE_HOURS.normalise("17:00-09:00")).isEmpty();
        assertThat(Setting.PARTNER_OFFICE_HOURS.normalise("09:00")).isEmpty();
        assertThat(Setting.PARTNER_OFFICE_HOURS.fallback()).isEqualTo("09:00-17:00");
    }

    @Test
    void everyDefaultIsAValueItsSettingCanHave() {
        for (Setting setting : Setting.values()) {
            assertThat(setting.normalise(setting.fallback())).as(setting.settingName()).contains(setting.fallback());
        }
    }
}
