package org.kakehashi.platform.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A setting the server is started with: its system property (or, for what the server's own configuration also
 * reads or what is secret, its environment variable), its default and what a value must be. These are read once;
 * a change takes a restart (the office's own settings, changed while it runs, are
 * {@code platform.settings.Setting}).
 */
public enum StartSetting {

    CITY_ZONE("city.zone", "Asia/Tokyo", Kind.TIME_ZONE),
    BASE_URL("base-url", "http://localhost:8080", Kind.WEB_ADDRESS),
    MAIL_POLL_SECONDS("mail.poll-seconds", "15", Kind.SECONDS),
    MAIL_RETRY_SECONDS("mail.retry-seconds", "30", Kind.SECONDS),
    WEBHOOK_POLL_SECONDS("webhook.poll-seconds", "15", Kind.SECONDS),
    WEBHOOK_RETRY_SECONDS("webhook.retry-seconds", "30", Kind.SECONDS),
    MAX_BODY_SIZE("max-body-size", String.valueOf(26L * 1024 * 1024), Kind.BYTES),
    HISTORY_CLEANUP_WINDOW("history.cleanup-window", "01:00-05:00", Kind.TIME_WINDOW),
    CHARACTERS_PER_HOUR("rate.characters-per-hour", "2000", Kind.RATE),
    WORDS_PER_HOUR("rate.words-per-hour", "400", Kind.RATE),
    TRUSTED_PROXIES("trusted-proxies", "", Kind.ADDRESS_RANGES),
    DEMO("demo", "false", Kind.FLAG),
    BENCHMARK("benchmark", "false", Kind.FLAG),
    DATA_DIR(Source.VARIABLE, "DATA_DIR", "${jboss.server.data.dir}/kakehashi", Kind.DIRECTORY),
    MODELS_DIR(Source.VARIABLE, "MODELS_DIR", "", Kind.DIRECTORY),
    ADMIN_USERNAME(Source.VARIABLE, "ADMIN_USERNAME", "", Kind.TEXT),
    ADMIN_PASSWORD(Source.VARIABLE, "ADMIN_PASSWORD", "", Kind.TEXT),
    OIDC_PROVIDER_URL(Source.VARIABLE, "OIDC_PROVIDER_URL", "", Kind.WEB_ADDRESS),
    OIDC_MATCH_BY(Source.VARIABLE, "OIDC_MATCH_BY", "username", Kind.ACCOUNT_CLAIM);

    /**
     * Where a value is given: a system property, or an environment variable — the data directory, because the
     * datasource's CLI script reads the same variable, and the first administrator's password, which should not
     * be a system property every management client can list.
     */
    public enum Source {
        PROPERTY, VARIABLE
    }

    /** What a value is, with an example for the message that refuses another. */
    public enum Kind {
        TIME_ZONE("a time zone such as Asia/Tokyo"),
        WEB_ADDRESS("an http or https address such as https://kakehashi.city.example.jp"),
        SECONDS("a whole number of seconds above 0"),
        BYTES("a whole number of bytes above 0"),
        TIME_WINDOW("two times of day such as 01:00-05:00"),
        RATE("a number above 0 such as 2000"),
        ADDRESS_RANGES("IP addresses or CIDR ranges, comma-separated, such as 10.0.0.0/24"),
        FLAG("true or false"),
        DIRECTORY("an absolute directory path such as /var/lib/kakehashi"),
        ACCOUNT_CLAIM("username or email"),
        TEXT("any text");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        public String expected() {
            return expected;
        }
    }

    /** The value of a setting that has no default and was not given. */
    static final Object NOT_GIVEN = new Object();

    private final Source source;
    private final String name;
    private final String fallback;
    private final Kind kind;

    StartSetting(String name, String fallback, Kind kind) {
        this(Source.PROPERTY, name, fallback, kind);
    }

    StartSetting(Source source, String name, String fallback, Kind kind) {
        this.source = source;
        this.name = name;
        this.fallback = fallback;
        this.kind = kind;
    }

    public Source source() {
        return source;
    }

    /** The name it is given by: {@code kakehashi.city.zone}, or {@code KAKEHASHI_DATA_DIR}. */
    public String key() {
        return source == Source.PROPERTY ? "kakehashi." + name : "KAKEHASHI_" + name;
    }

    public String fallback() {
        return fallback;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * The value as its type, or empty when it is not one this setting can have. A setting without a default that is
     * not given is {@link #NOT_GIVEN}.
     */
    Optional<Object> parse(String text) {
        String value = text.strip();
        if (value.isEmpty() && fallback.isEmpty()) {
            return Optional.of(NOT_GIVEN);
        }
        return switch (kind) {
            case TIME_ZONE -> zone(value);
            case WEB_ADDRESS -> webAddress(value);
            case SECONDS, BYTES -> positiveWhole(value);
            case TIME_WINDOW -> TimeWindow.parse(value).map(Object.class::cast);
            case RATE -> positiveDecimal(value);
            case ADDRESS_RANGES -> addressRanges(value);
            case FLAG -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                    ? Optional.of(Boolean.parseBoolean(value.toLowerCase(Locale.ROOT))) : Optional.empty();
            case DIRECTORY -> directory(value);
            case ACCOUNT_CLAIM -> value.equals("username") || value.equals("email")
                    ? Optional.of(value) : Optional.empty();
            case TEXT -> Optional.of(value);
        };
    }

    private static Optional<Object> directory(String value) {
        try {
            Path path = Path.of(value);
            return path.isAbsolute() ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> zone(String value) {
        try {
            return Optional.of(ZoneId.of(value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> webAddress(String value) {
        try {
            URI uri = new URI(value);
            boolean web = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
            return web ? Optional.of(value.replaceAll("/+$", "")) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> positiveWhole(String value) {
        try {
            long number = Long.parseLong(value);
            return number > 0 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> positiveDecimal(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return number.signum() > 0 ? Optional.of(number.doubleValue()) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> addressRanges(String value) {
        List<String> listed = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<AddressRange> ranges = listed.stream().flatMap(s -> AddressRange.parse(s).stream()).toList();
        return ranges.size() == listed.size() ? Optional.of(ranges) : Optional.empty();
    }
}
