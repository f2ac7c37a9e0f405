package org.kakehashi.machine;

import org.kakehashi.language.LanguageTag;

/**
 * LibreTranslate's language codes, which are those of the Argos Translate models a server has installed: mostly
 * the bare language subtag, with {@code zt} for Traditional Chinese and {@code pb} for Brazilian Portuguese
 * (docs.libretranslate.com, "Supported languages"; LibreTranslate issue #778). Tagalog's models keep {@code tl},
 * which {@link LanguageTag} writes as {@code fil}.
 * <p>
 * libretranslate.com has lately listed Chinese as {@code zh-Hans} and {@code zh-Hant} (Weblate issue #15967), so
 * a newer server may refuse these codes; it does so with HTTP 400, which reads as the service being unavailable.
 */
final class LibreTranslateCodes {

    private LibreTranslateCodes() {
    }

    static String of(LanguageTag tag) {
        return switch (tag.language()) {
            case "zh" -> tag.locale().getScript().equals("Hant") ? "zt" : "zh";
            case "pt" -> tag.locale().getCountry().equals("BR") ? "pb" : "pt";
            case "fil" -> "tl";
            default -> tag.language();
        };
    }
}
