package org.kakehashi.language;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A BCP 47 language tag such as {@code ja}, {@code en-NZ} or {@code zh-Hans-CN}, checked for well-formedness
 * by ICU and kept in canonical form:
 * <ul>
 *   <li>deprecated and legacy codes are replaced by ICU's canonicalisation: {@code iw} → {@code he},
 *       {@code in} → {@code id}, {@code tl} → {@code fil}, {@code mo} → {@code ro};</li>
 *   <li>Chinese always names its script, because Simplified and Traditional are different jobs for a
 *       translator: {@code zh-TW} → {@code zh-Hant-TW}, {@code zh-CN} → {@code zh-Hans-CN}, and a bare
 *       {@code zh} → {@code zh-Hans}, the likely script (CLDR likely subtags).</li>
 * </ul>
 */
public final class LanguageTag {

    /** RFC 5646's variant: five to eight letters or digits, or a digit and three more. */
    private static final Pattern VARIANT = Pattern.compile("[a-z0-9]{5,8}|[0-9][a-z0-9]{3}");

    private final String value;

    private LanguageTag(String value) {
        this.value = value;
    }

    /**
     * @throws InvalidLanguageTagException when the text is not a well-formed BCP 47 tag with a language subtag
     */
    public static LanguageTag of(String text) {
        if (text == null || text.isBlank() || repeatsASubtag(text.strip())) {
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
        return new LanguageTag(withChineseScript(ULocale.createCanonical(locale)).toLanguageTag());
    }

    /**
     * RFC 5646 (2.2.5, 2.2.6) does not let a tag repeat a variant ({@code de-1996-1996}) or an extension's
     * singleton ({@code en-a-bbb-a-ccc}); ICU's parser would keep the first and silently drop the rest. Nothing
     * after the private-use singleton {@code x} is looked at, as the RFC leaves it to private agreement.
     */
    private static boolean repeatsASubtag(String tag) {
        Set<String> variants = new HashSet<>();
        Set<String> singletons = new HashSet<>();
        boolean inExtension = false;
        for (String subtag : tag.toLowerCase(Locale.ROOT).split("-")) {
            if (subtag.equals("x")) {
                return false;
            }
            if (subtag.length() == 1) {
                inExtension = true;
                if (!singletons.add(subtag)) {
                    return true;
                }
            } else if (!inExtension && VARIANT.matcher(subtag).matches() && !variants.add(subtag)) {
                return true;
            }
        }
        return false;
    }

    private static ULocale withChineseScript(ULocale locale) {
        if (!locale.getLanguage().equals("zh") || !locale.getScript().isEmpty()) {
            return locale;
        }
        String script = ULocale.addLikelySubtags(locale).getScript();
        return new ULocale.Builder().setLocale(locale).setScript(script).build();
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
