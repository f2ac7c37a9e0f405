package org.kakehashi.platform.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartSettingsTest {

    private static Properties given(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void withoutPropertiesTheServerStartsInTokyoOnTheDefaults() {
        StartSettings settings = StartSettings.of(given());

        assertThat(settings.cityZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.mailPoll()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.mailRetry()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxBodySize()).isEqualTo(26L * 1024 * 1024);
        assertThat(settings.historyCleanupWindow()).isEqualTo(new TimeWindow(LocalTime.of(1, 0), LocalTime.of(5, 0)));
        assertThat(settings.charactersPerHour()).isEqualTo(2000);
        assertThat(settings.wordsPerHour()).isEqualTo(400);
        assertThat(settings.trustedProxies()).isEmpty();
        assertThat(settings.demo()).isFalse();
        assertThat(settings.benchmark()).isFalse();
        assertThat(settings.modelsDirectory()).isEmpty();
        assertThat(settings.firstAdministrator()).isEmpty();
    }

    @Test
    void theDataDirectoryIsKakehashiInTheServersDataDirectoryUnlessTheVariableNamesAnother() {
        Properties server = given("jboss.server.data.dir", "/opt/wildfly/standalone/data");

        assertThat(StartSettings.of(server).dataDirectory())
                .isEqualTo(Path.of("/opt/wildfly/standalone/data/kakehashi"));
        assertThat(StartSettings.of(server, Map.of("KAKEHASHI_DATA_DIR", "/var/lib/kakehashi")).dataDirectory())
                .isEqualTo(Path.of("/var/lib/kakehashi"));
    }

    @Test
    void theFirstAdministratorIsGivenByBothVariablesOrNotAtAll() {
        assertThat(StartSettings.of(given(), Map.of("KAKEHASHI_ADMIN_USERNAME", "yamada",
                "KAKEHASHI_ADMIN_PASSWORD", "correct horse battery")).firstAdministrator())
                .contains(new StartSettings.FirstAdministratorAccount("yamada", "correct horse battery"));
        assertThat(StartSettings.of(given(), Map.of("KAKEHASHI_ADMIN_USERNAME", "yamada")).firstAdministrator())
                .isEmpty();
    }

    @Test
    void aModelsDirectoryMustBeAnAbsolutePath() {
        assertThatThrownBy(() -> StartSettings.of(given(), Map.of("KAKEHASHI_MODELS_DIR", "models")))
                .hasMessageContaining("KAKEHASHI_MODELS_DIR=models is not an absolute directory path");
        assertThat(StartSettings.of(given(), Map.of("KAKEHASHI_MODELS_DIR", "/etc/kakehashi/models"))
                .modelsDirectory()).contains(Path.of("/etc/kakehashi/models"));
    }

    @Test
    void theCityLoginIsOffOnlyUntilAProviderIsNamedAndMatchesByUserNameUnlessToldByEmail() {
        StartSettings unset = StartSettings.of(given(), Map.of());
        assertThat(unset.cityLoginProvider()).isEmpty();
        assertThat(unset.cityAccountsMatchByEmail()).isFalse();

        StartSettings byEmail = StartSettings.of(given(), Map.of(
                "KAKEHASHI_OIDC_PROVIDER_URL", "https://login.city.example.jp/realms/city/",
                "KAKEHASHI_OIDC_MATCH_BY", "email"));
        assertThat(byEmail.cityLoginProvider()).contains("https://login.city.example.jp/realms/city");
        assertThat(byEmail.cityAccountsMatchByEmail()).isTrue();
    }

    @Test
    void aCityAccountIsMatchedByNothingButItsUserNameOrMailAddressAndTheProviderIsAWebAddress() {
        assertThatThrownBy(() -> StartSettings.of(given(), Map.of("KAKEHASHI_OIDC_MATCH_BY", "sub")))
                .hasMessageContaining("KAKEHASHI_OIDC_MATCH_BY=sub is not username or email");
        assertThatThrownBy(() -> StartSettings.of(given(), Map.of("KAKEHASHI_OIDC_PROVIDER_URL", "login.city")))
                .hasMessageContaining("KAKEHASHI_OIDC_PROVIDER_URL=login.city is not an http or https address");
    }

    @Test
    void aPropertyGivenAtStartReplacesTheDefault() {
        StartSettings settings = StartSettings.of(given("kakehashi.city.zone", "Pacific/Auckland",
                "kakehashi.base-url", "https://kakehashi.city.example.jp/", "kakehashi.rate.words-per-hour", "350.5",
                "kakehashi.trusted-proxies", "10.0.0.0/24, 10.0.1.7", "kakehashi.demo", "true"));

        assertThat(settings.cityZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
        assertThat(settings.baseUrl()).as("without the trailing slash links are written with")
                .isEqualTo("https://kakehashi.city.example.jp");
        assertThat(settings.wordsPerHour()).isEqualTo(350.5);
        assertThat(settings.trustedProxies()).hasSize(2);
        assertThat(settings.trustedProxies().get(1).contains("10.0.1.7")).isTrue();
        assertThat(settings.demo()).isTrue();
    }

    @Test
    void everyValueASettingCannotHaveIsNamedWithWhatItShouldBe() {
        assertThatThrownBy(() -> StartSettings.of(given("kakehashi.city.zone", "Tokyo",
                "kakehashi.mail.poll-seconds", "0", "kakehashi.history.cleanup-window", "1am-5am",
                "kakehashi.trusted-proxies", "10.0.0.0/24, balancer", "kakehashi.base-url", "kakehashi.example.jp")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kakehashi.city.zone=Tokyo is not a time zone such as Asia/Tokyo")
                .hasMessageContaining("kakehashi.mail.poll-seconds=0 is not a whole number of seconds above 0")
                .hasMessageContaining("kakehashi.history.cleanup-window=1am-5am is not two times of day")
                .hasMessageContaining("kakehashi.trusted-proxies=10.0.0.0/24, balancer is not IP addresses")
                .hasMessageContaining("kakehashi.base-url=kakehashi.example.jp is not an http or https address");
    }

    @Test
    void aWindowPastMidnightOrWithAnHourThatDoesNotExistIsRefused() {
        assertThat(StartSettings.of(given("kakehashi.history.cleanup-window", "23:30-02:00")).historyCleanupWindow())
                .isEqualTo(new TimeWindow(LocalTime.of(23, 30), LocalTime.of(2, 0)));
        assertThatThrownBy(() -> StartSettings.of(given("kakehashi.history.cleanup-window", "01:00-25:00")))
                .hasMessageContaining("kakehashi.history.cleanup-window");
    }
}
