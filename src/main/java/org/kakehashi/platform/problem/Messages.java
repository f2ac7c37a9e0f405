package org.kakehashi.platform.problem;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Texts shown to people, formatted with ICU MessageFormat (plural rules included). Staff read Japanese or English
 * ({@code messages.properties}, English, and {@code messages_ja.properties}); what a citizen reads (the public
 * form's problems, the status page, the personal-data advice, the mails to citizens) is in the {@code citizen}
 * bundle, in every language of {@link #CITIZEN_LANGUAGES}. A key of the citizen bundle is taken from it, any other
 * from the staff bundle, which has English (or, for easy Japanese, Japanese) for the citizen languages.
 */
public final class Messages {

    private static final String BUNDLE = "messages";
    private static final String CITIZEN_BUNDLE = "citizen";
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /**
     * やさしい日本語 (easy Japanese). BCP 47 has no subtag for it, so it is the private-use tag {@code ja-x-easy},
     * the same on the pages, in Accept-Language and in a citizen's stored language; its bundle files end in
     * {@code _ja_x_easy}.
     */
    public static final Locale EASY_JAPANESE = Locale.forLanguageTag("ja-x-easy");
    public static final Locale SIMPLIFIED_CHINESE = Locale.forLanguageTag("zh-Hans");
    public static final Locale BRAZILIAN_PORTUGUESE = Locale.forLanguageTag("pt-BR");
    /** Tagalog; ICU's canonical form of a stored tag is {@code fil}, which reads the same. */
    public static final Locale TAGALOG = Locale.forLanguageTag("tl");
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** The languages the public form, the status page and the mails to citizens are written in. */
    public static final List<Locale> CITIZEN_LANGUAGES = List.of(JAPANESE, EASY_JAPANESE, ENGLISH, SIMPLIFIED_CHINESE,
            Locale.KOREAN, Locale.forLanguageTag("vi"), BRAZILIAN_PORTUGUESE, TAGALOG, Locale.forLanguageTag("ne"),
            INDONESIAN);

    private static final ResourceBundle.Control BUNDLES = new Bundles();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final ResourceBundle citizenBundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, BUNDLES);
        this.citizenBundle = ResourceBundle.getBundle(CITIZEN_BUNDLE, locale, BUNDLES);
    }

    /**
     * The messages for the first offered language among the caller's preferences; English otherwise. Staff pages
     * only ever ask for Japanese or English.
     */
    public static Messages forPreferences(List<Locale> preferred) {
        return new Messages(preferred.stream()
                .map(Messages::offered)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(ENGLISH));
    }

    public static Messages of(Locale locale) {
        return forPreferences(List.of(locale));
    }

    /** The offered language a preference stands for: zh and zh-CN for zh-Hans, pt for pt-BR, fil for tl. */
    static Optional<Locale> offered(Locale preferred) {
        return switch (preferred.getLanguage()) {
            case "ja" -> Optional.of("easy".equals(preferred.getExtension(Locale.PRIVATE_USE_EXTENSION))
                    ? EASY_JAPANESE : JAPANESE);
            case "zh" -> preferred.getScript().equals("Hant")
                    || List.of("TW", "HK", "MO").contains(preferred.getCountry())
                    ? Optional.empty() : Optional.of(SIMPLIFIED_CHINESE);
            case "pt" -> Optional.of(BRAZILIAN_PORTUGUESE);
            case "tl", "fil" -> Optional.of(TAGALOG);
            case "id", "in" -> Optional.of(INDONESIAN);
            default -> CITIZEN_LANGUAGES.stream()
                    .filter(offered -> offered.getLanguage().equals(preferred.getLanguage()))
                    .findFirst();
        };
    }

    public Locale locale() {
        return locale;
    }

    /** The language for an HTML lang attribute, which screen readers know: ja for easy Japanese. */
    public String htmlLanguage() {
        return locale.equals(EASY_JAPANESE) ? "ja" : locale.toLanguageTag();
    }

    public String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = citizenBundle.containsKey(key) ? citizenBundle.getString(key) : bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for " + locale, e);
        }
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
    }

    /**
     * Properties bundles without the JVM's default locale as a fallback (a missing language is English, the base
     * bundle), and with easy Japanese as a bundle of its own whose parent is Japanese: Java's own lookup drops
     * the private-use {@code x-easy} and would read plain Japanese.
     */
    private static final class Bundles extends ResourceBundle.Control {

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return locale.equals(EASY_JAPANESE) ? List.of(EASY_JAPANESE, JAPANESE, Locale.ROOT)
                    : super.getCandidateLocales(baseName, locale);
        }

        @Override
        public String toBundleName(String baseName, Locale locale) {
            return locale.equals(EASY_JAPANESE) ? baseName + "_ja_x_easy" : super.toBundleName(baseName, locale);
        }
    }
}
