package org.kakehashi.platform.config;

import org.junit.jupiter.api.Test;
import org.kakehashi.platform.settings.Setting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The README is where a city's IT looks a setting up: every one the code reads is listed there, with its default. */
class SettingsInReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void everyStartSettingIsInTheReadmesTableWithItsDefault() throws IOException {
        String readme = readme();
        for (StartSetting setting : StartSetting.values()) {
            String row = "| `" + setting.key() + "` | "
                    + (setting.fallback().isEmpty() ? "none" : "`" + setting.fallback() + "`") + " |";
            assertThat(readme).as(setting.key()).contains(row);
        }
    }

    @Test
    void everyOfficeSettingIsNamedInTheReadme() throws IOException {
        String readme = readme();
        assertThat(Arrays.stream(Setting.values()).map(Setting::settingName))
                .allSatisfy(name -> assertThat(readme).as(name).contains(name));
    }
}
