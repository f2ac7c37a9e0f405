package org.kakehashi.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The one place the settings the server is started with are read: each {@link StartSetting}'s system property,
 * else its default, checked once at start — a value a setting cannot have stops the deployment, naming the
 * property and what it should be.
 */
@ApplicationScoped
public class StartSettings {

    private Map<StartSetting, Object> values;

    /** The settings of this JVM's system properties. */
    @PostConstruct
    void readSystemProperties() {
        values = read(System.getProperties());
    }

    /** @throws IllegalStateException naming every property whose value its setting cannot have */
    public static StartSettings of(Properties properties) {
        StartSettings settings = new StartSettings();
        settings.values = read(properties);
        return settings;
    }

    private static Map<StartSetting, Object> read(Properties properties) {
        Map<StartSetting, Object> read = new EnumMap<>(StartSetting.class);
        List<String> refused = new ArrayList<>();
        for (StartSetting setting : StartSetting.values()) {
            String given = properties.getProperty(setting.property());
            setting.parse(given == null ? setting.fallback() : given).ifPresentOrElse(
                    value -> read.put(setting, value),
                    () -> refused.add(setting.property() + "=" + given + " is not " + setting.kind().expected()));
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("settings that cannot be: " + String.join("; ", refused));
        }
        return read;
    }

    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cityZone();
    }

    /** The city's time zone, which decides "today", deadlines and fiscal years. */
    public ZoneId cityZone() {
        return (ZoneId) values.get(StartSetting.CITY_ZONE);
    }

    /** The address of Kakehashi that mails link to, without a trailing slash. */
    public String baseUrl() {
        return (String) values.get(StartSetting.BASE_URL);
    }

    public Duration mailPoll() {
        return Duration.ofSeconds((Long) values.get(StartSetting.MAIL_POLL_SECONDS));
    }

    /** How long a mail that failed waits before its first retry; each retry after waits longer. */
    public Duration mailRetry() {
        return Duration.ofSeconds((Long) values.get(StartSetting.MAIL_RETRY_SECONDS));
    }

    /** The largest request body Kakehashi takes, in bytes. */
    public long maxBodySize() {
        return (Long) values.get(StartSetting.MAX_BODY_SIZE);
    }

    /** The night hours, city time, in which the engine removes expired process history. */
    public TimeWindow historyCleanupWindow() {
        return (TimeWindow) values.get(StartSetting.HISTORY_CLEANUP_WINDOW);
    }

    public double charactersPerHour() {
        return (Double) values.get(StartSetting.CHARACTERS_PER_HOUR);
    }

    public double wordsPerHour() {
        return (Double) values.get(StartSetting.WORDS_PER_HOUR);
    }

    /** The proxies whose {@code X-Forwarded-For} is believed: the city's load balancers. */
    @SuppressWarnings("unchecked")
    public List<AddressRange> trustedProxies() {
        return (List<AddressRange>) values.get(StartSetting.TRUSTED_PROXIES);
    }

    /** The demo office is loaded at start. */
    public boolean demo() {
        return (Boolean) values.get(StartSetting.DEMO);
    }

    /** The benchmark's bare-engine endpoint answers. */
    public boolean benchmark() {
        return (Boolean) values.get(StartSetting.BENCHMARK);
    }
}
