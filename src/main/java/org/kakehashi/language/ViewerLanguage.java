package org.kakehashi.language;

import com.ibm.icu.util.ULocale;
import org.kakehashi.platform.problem.DomainProblem;

import java.util.List;
import java.util.Locale;

/** The language a viewer reads names in: {@code ?lang=ja} when given, else the first of Accept-Language. */
public final class ViewerLanguage {

    private ViewerLanguage() {
    }

    /** @throws InvalidLanguageParameter when {@code lang} is not a language tag */
    public static ULocale of(String lang, List<Locale> accepted) {
        if (lang != null && !lang.isBlank()) {
            try {
                return LanguageTag.of(lang).locale();
            } catch (InvalidLanguageTagException e) {
                throw new InvalidLanguageParameter("lang", lang);
            }
        }
        Locale first = accepted.isEmpty() ? Locale.ENGLISH : accepted.get(0);
        return first.getLanguage().isEmpty() || first.getLanguage().equals("*")
                ? ULocale.ENGLISH : ULocale.forLocale(first);
    }

    /** A query parameter that should be a language tag is not one. */
    public static class InvalidLanguageParameter extends DomainProblem {
        public InvalidLanguageParameter(String parameter, String text) {
            super(Kind.INVALID, "language.invalid-tag", parameter, text);
        }
    }
}
