package org.kakehashi.machine;

import com.ibm.icu.util.Region;
import org.kakehashi.language.LanguageTag;

import java.util.Locale;

/**
 * DeepL's language codes (developers.deepl.com, "OpenAPI spec for text translation"): a source is the language
 * alone ({@code JA}, {@code ZH}, {@code PT}); a target names the variety where DeepL has more than one, English
 * ({@code EN-GB}, {@code EN-US}), Portuguese ({@code PT-BR}, {@code PT-PT}), Chinese ({@code ZH-HANS},
 * {@code ZH-HANT}) and Latin American Spanish ({@code ES-419}).
 */
final class DeepLCodes {

    private static final Region LATIN_AMERICA = Region.getInstance("419");

    private DeepLCodes() {
    }

    static String source(LanguageTag tag) {
        return tag.language().toUpperCase(Locale.ROOT);
    }

    static String target(LanguageTag tag) {
        String country = tag.locale().getCountry();
        return switch (tag.language()) {
            case "en" -> country.equals("GB") ? "EN-GB" : "EN-US";
            case "pt" -> country.equals("BR") ? "PT-BR" : "PT-PT";
            case "zh" -> tag.locale().getScript().equals("Hant") ? "ZH-HANT" : "ZH-HANS";
            case "es" -> inLatinAmerica(country) ? "ES-419" : "ES";
            default -> source(tag);
        };
    }

    private static boolean inLatinAmerica(String country) {
        if (country.isEmpty()) {
            return false;
        }
        try {
            Region region = Region.getInstance(country);
            return region.equals(LATIN_AMERICA) || LATIN_AMERICA.contains(region);
        } catch (IllegalArgumentException unknownToIcu) {
            return false;
        }
    }
}
