package org.kakehashi.language;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageCatalogTest {

    private final LanguageCatalog catalog = new LanguageCatalog(
            List.of(LanguageTag.of("ja"), LanguageTag.of("en"), LanguageTag.of("zh-Hans"), LanguageTag.of("ko"),
                    LanguageTag.of("ar"), LanguageTag.of("vi")));

    @Test
    void languagesAreNamedInTheViewersLanguage() {
        assertThat(LanguageCatalog.describe(LanguageTag.of("zh-Hans"), ULocale.JAPANESE).name())
                .isEqualTo("中国語（簡体字）");
        assertThat(LanguageCatalog.describe(LanguageTag.of("zh-Hans"), ULocale.ENGLISH).name())
                .isEqualTo("Chinese (Simplified)");
        assertThat(LanguageCatalog.describe(LanguageTag.of("en-NZ"), ULocale.JAPANESE).name())
                .isEqualTo("英語（ニュージーランド）");
    }

    @Test
    void eachLanguageCarriesItsOwnNameScriptAndDirection() {
        LanguageInfo arabic = LanguageCatalog.describe(LanguageTag.of("ar"), ULocale.ENGLISH);
        assertThat(arabic.autonym()).isEqualTo("العربية");
        assertThat(arabic.script()).isEqualTo("Arab");
        assertThat(arabic.direction()).isEqualTo(LanguageInfo.Direction.RTL);

        LanguageInfo japanese = LanguageCatalog.describe(LanguageTag.of("ja"), ULocale.ENGLISH);
        assertThat(japanese.script()).isEqualTo("Jpan");
        assertThat(japanese.direction()).isEqualTo(LanguageInfo.Direction.LTR);
    }

    @Test
    void englishViewersGetAnAlphabeticalList() {
        assertThat(catalog.describedFor(ULocale.ENGLISH)).extracting(LanguageInfo::name)
                .containsExactly("Arabic", "Chinese (Simplified)", "English", "Japanese", "Korean", "Vietnamese");
    }

    @Test
    void japaneseViewersGetTheListInJapaneseCollationOrder() {
        // CLDR's Japanese collation: kana-initial names first, in gojūon order (ア before ベ), then kanji-initial
        // names in JIS X 0208 order (英 0x3151 < 韓 0x345A < 中 0x4366 < 日 0x467C); kanji readings are unknown to it
        assertThat(catalog.describedFor(ULocale.JAPANESE)).extracting(LanguageInfo::name)
                .containsExactly("アラビア語", "ベトナム語", "英語", "韓国語", "中国語（簡体字）", "日本語");
    }

    @Test
    void anOfferedLanguageCoversItsRegionalVariants() {
        assertThat(catalog.offers(LanguageTag.of("en-NZ"))).isTrue();
        assertThat(catalog.offers(LanguageTag.of("zh-Hans-CN"))).isTrue();
        assertThat(catalog.offers(LanguageTag.of("zh-Hant-TW"))).isFalse();
        assertThat(catalog.offers(LanguageTag.of("fr"))).isFalse();
    }

    @Test
    void theOfficesListLoadsFromItsFile() {
        assertThat(LanguageCatalog.offeredByTheOffice().offered())
                .contains(LanguageTag.of("ja"), LanguageTag.of("en"), LanguageTag.of("zh-Hans"), LanguageTag.of("mi"));
    }
}
