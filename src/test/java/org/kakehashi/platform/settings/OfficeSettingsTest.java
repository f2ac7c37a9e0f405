package org.kakehashi.platform.settings;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeSettingsTest {

    @Test
    void aSettingGivenAtStartThatItCannotHaveIsNamedWithWhatItShouldBe() {
        Properties properties = new Properties();
        properties.setProperty("kakehashi.deadline.triage-due", "two days");
        properties.setProperty("kakehashi.intake.lead-days", "12");
        properties.setProperty("kakehashi.unrelated", "anything");

        assertThat(OfficeSettings.refused(properties))
                .containsExactly("kakehashi.deadline.triage-due=two days is not a business duration such as P2D");
    }

    @Test
    void valuesItCanHaveStopNothing() {
        Properties properties = new Properties();
        properties.setProperty("kakehashi.retention.citizen-data", "P2Y");
        properties.setProperty("kakehashi.mail.digest-time", "07:30");

        assertThat(OfficeSettings.refused(properties)).isEmpty();
    }
}
