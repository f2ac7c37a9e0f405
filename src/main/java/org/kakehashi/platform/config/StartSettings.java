package org.kakehashi.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place the settings the server is started with are read: each {@link StartSetting}'s system property or
 * environment variable, else its default, checked once at start — a value a setting cannot have stops the
 * deployment, naming the property or variable and what it should be.
 */
@ApplicationScoped
public class StartSettings {

    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    private Map<StartSetting, Object> values;

    /** The settings of this JVM's system properties and this process's environment. */
    @PostConstruct
    void readSystemPropertiesAndEnvironment() {
        values = read(System.getProperties(), System.getenv());
    }

    /** @throws IllegalStateException naming every property whose value its setting cannot have */
    public static StartSettings of(Properties properties) {
        return of(properties, Map.of());
    }

    /** @throws IllegalStateException naming every property or variable whose value its setting cannot have */
    public static StartSettings of(Properties properties, Map<String, String> environment) {
        StartSettings settings = new StartSettings();
        settings.values = read(properties, environment);
        return settings;
    }

    private static Map<StartSetting, Object> read(Properties properties, Map<String, String> environment) {
        Map<StartSetting, Object> read = new EnumMap<>(StartSetting.class);
        List<String> refused = new ArrayList<>();
        for (StartSetting setting : StartSetting.values()) {
            String given = setting.source() == StartSetting.Source.PROPERTY
                    ? properties.getProperty(setting.key()) : environment.get(setting.key());
            setting.parse(given == null ? withProperties(setting.fallback(), properties) : given).ifPresentOrElse(
                    value -> read.put(setting, value),
                    () -> refused.add(setting.key() + "=" + given + " is not " + setting.kind().expected()));
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("settings that cannot be: " + String.join("; ", refused));
        }
        return read;
    }

    /** A default such as {@code ${jboss.server.data.dir}/kakehashi}, with the server's properties put in. */
    private static String withProperties(String fallback, Properties properties) {
        Matcher reference = PROPERTY_REFERENCE.matcher(fallback);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(resolved,
                    Matcher.quoteReplacement(properties.getProperty(reference.group(1), "")));
        }
        return reference.appendTail(resolved).toString();
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

    public Duration webhookPoll() {
        return Duration.ofSeconds((Long) values.get(StartSetting.WEBHOOK_POLL_SECONDS));
    }

    /** How long a webhook message that failed waits before its first retry; each retry after waits longer. */
    public Duration webhookRetry() {
        return Duration.ofSeconds((Long) values.get(StartSetting.WEBHOOK_RETRY_SECONDS));
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
        return given(StartSetting.TRUSTED_PROXIES).map(ranges -> (List<AddressRange>) ranges).orElse(List.of());
    }

    /** The demo office is loaded at start. */
    public boolean demo() {
        return (Boolean) values.get(StartSetting.DEMO);
    }

    /** The benchmark's bare-engine endpoint answers. */
    public boolean benchmark() {
        return (Boolean) values.get(StartSetting.BENCHMARK);
    }

    /** Where Kakehashi keeps its files beside the embedded database: backups, above all. */
    public Path dataDirectory() {
        return (Path) values.get(StartSetting.DATA_DIR);
    }

    /** A directory of the city's own {@code .bpmn} and {@code .dmn} files, deployed at start over the WAR's. */
    public Optional<Path> modelsDirectory() {
        return given(StartSetting.MODELS_DIR).map(Path.class::cast);
    }

    /** The first administrator's user name and password, while the database has no active administrator. */
    public Optional<FirstAdministratorAccount> firstAdministrator() {
        return given(StartSetting.ADMIN_USERNAME).flatMap(username -> given(StartSetting.ADMIN_PASSWORD)
                .map(password -> new FirstAdministratorAccount((String) username, (String) password)));
    }

    /**
     * The city's OpenID provider, when staff may log in with their city account (the server's OpenID Connect
     * client reads the same variable, wildfly-config/oidc.cli).
     */
    public Optional<String> cityLoginProvider() {
        return given(StartSetting.OIDC_PROVIDER_URL).map(String.class::cast);
    }

    /** Whether a city account is the person of the directory with its user name, or with its mail address. */
    public boolean cityAccountsMatchByEmail() {
        return "email".equals(values.get(StartSetting.OIDC_MATCH_BY));
    }

    /** The account a new installation's first administrator is created with. */
    public record FirstAdministratorAccount(String username, String password) {
        @Override
        public String toString() {
            return "FirstAdministratorAccount[" + username + "]";
        }
    }

    private Optional<Object> given(StartSetting setting) {
        Object value = values.get(setting);
        return value == StartSetting.NOT_GIVEN ? Optional.empty() : Optional.of(value);
    }
}
