package org.kakehashi.machine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.language.LanguageTag;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageCodesTest {

    @ParameterizedTest
    @CsvSource({
            "ja, ja", "en-US, en", "zh, zh", "zh-CN, zh", "zh-Hans, zh", "zh-TW, zt", "zh-Hant-HK, zt",
            "pt, pt", "pt-PT, pt", "pt-BR, pb", "tl, tl", "fil, tl", "vi, vi", "ne, ne", "iw, he"})
    void libreTranslateHasTheLanguageSubtagSaveForItsOwnCodes(String tag, String code) {
        assertThat(LibreTranslateCodes.of(LanguageTag.of(tag))).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"ja, JA", "zh-Hant-TW, ZH", "zh-Hans, ZH", "pt-BR, PT", "en-GB, EN", "es-PE, ES", "ko, KO"})
    void aDeepLSourceIsTheLanguageAlone(String tag, String code) {
        assertThat(DeepLCodes.source(LanguageTag.of(tag))).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
            "en, EN-US", "en-US, EN-US", "en-NZ, EN-US", "en-GB, EN-GB",
            "pt, PT-PT", "pt-PT, PT-PT", "pt-BR, PT-BR",
            "zh, ZH-HANS", "zh-CN, ZH-HANS", "zh-Hans-SG, ZH-HANS", "zh-TW, ZH-HANT", "zh-Hant-HK, ZH-HANT",
            "es, ES", "es-ES, ES", "es-419, ES-419", "es-PE, ES-419", "es-MX, ES-419", "es-AA, ES",
            "ja, JA", "ko, KO", "vi, VI", "id, ID", "ne, NE"})
    void aDeepLTargetNamesTheVarietyWhereDeepLHasSeveral(String tag, String code) {
        assertThat(DeepLCodes.target(LanguageTag.of(tag))).isEqualTo(code);
    }
}
