package org.kakehashi.platform.settings;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The office's settings: each with the system property that sets it at start and the default it has without,
 * and what a value must be. An administrator changes them on the Office set-up page; a change is in force on
 * every node within {@link OfficeSettings#FRESHNESS}.
 */
public enum Setting {

    ANSWER_REMINDER("deadline.answer-reminder", "P5D", Kind.BUSINESS_DURATION),
    ANSWER_LAPSE("deadline.answer-lapse", "P10D", Kind.BUSINESS_DURATION),
    TRIAGE_REMINDER("deadline.triage-reminder", "P1D", Kind.BUSINESS_DURATION),
    TRIAGE_DUE("deadline.triage-due", "P2D", Kind.BUSINESS_DURATION),
    TRANSLATION_REMINDER("deadline.translation-reminder", "P4D", Kind.BUSINESS_DURATION),
    TRANSLATION_DUE("deadline.translation-due", "P5D", Kind.BUSINESS_DURATION),
    REVIEW_REMINDER("deadline.review-reminder", "P1D", Kind.BUSINESS_DURATION),
    REVIEW_DUE("deadline.review-due", "P2D", Kind.BUSINESS_DURATION),
    RECEIPT_REMINDER("deadline.receipt-reminder", "P5D", Kind.BUSINESS_DURATION),
    REPORT_REMINDER("deadline.report-reminder", "P4D", Kind.BUSINESS_DURATION),
    REPORT_DUE("deadline.report-due", "P5D", Kind.BUSINESS_DURATION),
    LEAD_DAYS("intake.lead-days", "10", Kind.DAYS),
    INTERPRETING_LEAD_DAYS("intake.interpreting-lead-days", "7", Kind.DAYS),
    CITIZEN_CHARACTERS("intake.citizen-characters", "1500", Kind.COUNT),
    TRANSLATION_HOURS_PER_DAY("intake.translation-hours-per-day", "4", Kind.HOURS_A_DAY),
    /** What one in-house translator gets through a day from a Japanese or Chinese text: 400-character pages. */
    TRANSLATOR_PAGES_PER_DAY("intake.translator-pages-per-day", "10", Kind.COUNT),
    /** What one in-house translator gets through a day from a text counted in words (English, Portuguese …). */
    TRANSLATOR_WORDS_PER_DAY("intake.translator-words-per-day", "2000", Kind.COUNT),
    TRAVEL_MINUTES("interpreting.travel-minutes", "60", Kind.MINUTES),
    INTERPRETER_REMINDER_HOURS("interpreting.reminder-hours", "24", Kind.HOURS),
    LINK_DAYS("delivery.link-days", "14", Kind.DAYS),
    DIGEST_TIME("mail.digest-time", "08:30", Kind.TIME),
    /** A partner's office hours, in its own zone, where the directory gives none: mail to it waits for them. */
    PARTNER_OFFICE_HOURS("partner.office-hours", "09:00-17:00", Kind.OFFICE_HOURS),
    PUBLIC_REQUESTS_PER_HOUR("public.requests-per-hour", "10", Kind.COUNT),
    CITIZEN_DATA_RETENTION("retention.citizen-data", "P1Y", Kind.PERIOD),
    DELIVERY_FILE_RETENTION("retention.delivery-files", "P30D", Kind.PERIOD),
    SENT_MESSAGE_RETENTION("retention.sent-messages", "P90D", Kind.PERIOD),
    /** Off unless the city decides that text may leave its network, and for which language pairs. */
    MACHINE_ENGINE("machine.engine", "off", Kind.MACHINE_ENGINE),
    MACHINE_ADDRESS("machine.address", "http://localhost:5000", Kind.ADDRESS),
    MACHINE_PAIRS("machine.pairs", "", Kind.LANGUAGE_PAIRS),
    MACHINE_TIMEOUT("machine.timeout-seconds", "10", Kind.SECONDS);

    /** What a value is, and how it is checked. */
    public enum Kind {
        /** An ISO 8601 duration whose days are the city's business days: P2D, PT4H. */
        BUSINESS_DURATION,
        /** An ISO 8601 period: P1Y, P30D. */
        PERIOD,
        DAYS, HOURS, MINUTES, COUNT,
        /** Hours of a working day, such as 4 or 2.5. */
        HOURS_A_DAY,
        /** A time of day in the city: 08:30. */
        TIME,
        /** An office's opening and closing time, in its own zone: 09:00-17:00. */
        OFFICE_HOURS,
        /** Which machine translation drafts come from: off, libretranslate or deepl. */
        MACHINE_ENGINE,
        /** An http or https address. */
        ADDRESS,
        /** Language pairs such as {@code ja>en ja>zh-Hans}, or none. */
        LANGUAGE_PAIRS,
        SECONDS
    }

    private static final String TAG = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*";
    private static final Pattern PAIR = Pattern.compile(TAG + ">" + TAG);
    private static final List<String> MACHINE_ENGINES = List.of("off", "libretranslate", "deepl");

    private final String name;
    private final String fallback;
    private final Kind kind;

    Setting(String name, String fallback, Kind kind) {
        this.name = name;
        this.fallback = fallback;
        this.kind = kind;
    }

    /** {@code deadline.triage-due}, as the API and the page name it. */
    public String settingName() {
        return name;
    }

    /** {@code kakehashi.deadline.triage-due}: sets the value at start. */
    public String property() {
        return "kakehashi." + name;
    }

    public String fallback() {
        return fallback;
    }

    public Kind kind() {
        return kind;
    }

    /** The value in its canonical form, or empty when it is not one this setting can have. */
    public Optional<String> normalise(String value) {
        String text = value == null ? "" : value.strip();
        try {
            return Optional.ofNullable(switch (kind) {
                case BUSINESS_DURATION -> positive(Duration.parse(text)) ? text.toUpperCase(Locale.ROOT)
                        : null;
                case PERIOD -> {
                    Period period = Period.parse(text);
                    yield period.isNegative() || period.isZero() ? null : text.toUpperCase(Locale.ROOT);
                }
                case MACHINE_ENGINE -> MACHINE_ENGINES.contains(text.toLowerCase(Locale.ROOT))
                        ? text.toLowerCase(Locale.ROOT) : null;
                case ADDRESS -> address(text);
                case LANGUAGE_PAIRS -> pairs(text);
                case SECONDS -> {
                    int seconds = Integer.parseInt(text);
                    yield seconds >= 1 && seconds <= 120 ? String.valueOf(seconds) : null;
                }
                case DAYS, HOURS, MINUTES, COUNT -> {
                    int number = Integer.parseInt(text);
                    yield number >= (kind == Kind.MINUTES ? 0 : 1) && number <= 100_000 ? String.valueOf(number)
                            : null;
                }
                case HOURS_A_DAY -> {
                    double hours = Double.parseDouble(text);
                    yield hours > 0 && hours <= 24 ? new BigDecimal(text).stripTrailingZeros().toPlainString()
                            : null;
                }
                case TIME -> LocalTime.parse(text).toString();
                case OFFICE_HOURS -> officeHours(text);
            });
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Two times of day, the first before the second, joined by a hyphen (or an en dash): 09:00-17:00. */
    private static String officeHours(String text) {
        String[] times = text.split("\\s*[-–]\\s*");
        if (times.length != 2) {
            return null;
        }
        LocalTime opens = LocalTime.parse(times[0]);
        LocalTime closes = LocalTime.parse(times[1]);
        return opens.isBefore(closes) ? opens + "-" + closes : null;
    }

    private static String address(String text) {
        try {
            URI address = new URI(text);
            return ("http".equals(address.getScheme()) || "https".equals(address.getScheme()))
                    && address.getHost() != null ? text : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Pairs apart by spaces or commas, each a source and target tag joined by {@code >}, one space apart. */
    private static String pairs(String text) {
        List<String> pairs = Arrays.stream(text.split("[\\s,]+")).filter(pair -> !pair.isBlank()).toList();
        return pairs.stream().allMatch(pair -> PAIR.matcher(pair).matches()) ? String.join(" ", pairs) : null;
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    public static Optional<Setting> named(String name) {
        for (Setting setting : values()) {
            if (setting.name.equals(name)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }
}
