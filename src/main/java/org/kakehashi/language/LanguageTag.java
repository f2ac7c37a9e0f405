package org.kakehashi.language;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;

import java.util.Objects;

/**
 * A BCP 47 language tag such as {@code ja}, {@code en-NZ} or {@code zh-Hans-CN}, checked for well-formedness
 * by ICU and kept in its canonical case.
 */
public final class LanguageTag {

    private final String value;

    private LanguageTag(String value) {
        this.value = value;
    }

    /**
     * @throws InvalidLanguageTagException when the text is not a well-formed BCP 47 tag with a language subtag
     */
    public static LanguageTag of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidLanguageTagException(text);
        }
        ULocale locale;
        try {
            locale = new ULocale.Builder().setLanguageTag(text.strip()).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidLanguageTagException(text);
        }
        if (locale.getLanguage().isEmpty()) {
            throw new InvalidLanguageTagException(text);
        }
        return new LanguageTag(locale.toLanguageTag());
    }

    public ULocale locale() {
        return ULocale.forLanguageTag(value);
    }

    /** The language subtag alone: {@code zh} for {@code zh-Hans-CN}. */
    public String language() {
        return locale().getLanguage();
    }

    public boolean sameLanguageAs(LanguageTag other) {
        return language().equals(other.language());
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageTag other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
