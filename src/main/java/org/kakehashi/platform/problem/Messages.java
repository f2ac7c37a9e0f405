package org.kakehashi.platform.problem;

import java.util.Optional;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts shown to people, in Japanese or English, formatted with ICU MessageFormat (plural rules included).
 * The bundles are {@code messages.properties} (English) and {@code messages_ja.properties}.
 */
public final class Messages {

    private static final String BUNDLE = "messages";
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(JAPANESE, ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages for the first supported language among the caller's preferences; English otherwise. */
    public static Messages forPreferences(List<Locale> preferred) {
        return new Messages(preferred.stream()
                .map(p -> SUPPORTED.stream().filter(s -> s.getLanguage().equals(p.getLanguage())).findFirst())
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(ENGLISH));
    }

    public static Messages of(Locale locale) {
        return forPreferences(List.of(locale));
    }

    public Locale locale() {
        return locale;
    }

    public String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for " + locale, e);
        }
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
    }
}
