package org.kakehashi.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LanguageTagTest {

    @Test
    void wellFormedTagsAreKeptInCanonicalCase() {
        assertThat(LanguageTag.of("ZH-hans-cn").value()).isEqualTo("zh-Hans-CN");
        assertThat(LanguageTag.of("en-nz").value()).isEqualTo("en-NZ");
        assertThat(LanguageTag.of(" ja ").value()).isEqualTo("ja");
    }

    @Test
    void deprecatedCodesBecomeTheirCurrentOnes() {
        assertThat(LanguageTag.of("iw").value()).isEqualTo("he");
        assertThat(LanguageTag.of("in").value()).isEqualTo("id");
        assertThat(LanguageTag.of("tl").value()).isEqualTo("fil");
        assertThat(LanguageTag.of("mo").value()).isEqualTo("ro");
    }

    @Test
    void chineseAlwaysNamesItsScript() {
        assertThat(LanguageTag.of("zh-TW").value()).isEqualTo("zh-Hant-TW");
        assertThat(LanguageTag.of("zh-HK").value()).isEqualTo("zh-Hant-HK");
        assertThat(LanguageTag.of("zh-CN").value()).isEqualTo("zh-Hans-CN");
        assertThat(LanguageTag.of("zh").value()).isEqualTo("zh-Hans");
        assertThat(LanguageTag.of("zh-Hant").value()).isEqualTo("zh-Hant");
    }

    @Test
    void tagsCompareByTheirCanonicalForm() {
        assertThat(LanguageTag.of("EN")).isEqualTo(LanguageTag.of("en"));
        assertThat(LanguageTag.of("zh-Hans").sameLanguageAs(LanguageTag.of("zh-Hant-TW"))).isTrue();
    }

    @Test
    void illFormedTagsAreRefused() {
        for (String text : new String[] {"", "j!", "english please", "x-private", "-en"}) {
            assertThatThrownBy(() -> LanguageTag.of(text)).as(text).isInstanceOf(InvalidLanguageTagException.class);
        }
        assertThatThrownBy(() -> LanguageTag.of(null)).isInstanceOf(InvalidLanguageTagException.class);
    }

    @Test
    void aRepeatedVariantOrSingletonIsNotWellFormedByRfc5646() {
        for (String text : new String[] {"de-1996-1996", "en-a-bbb-a-ccc", "sl-rozaj-ROZAJ", "en-u-ca-japanese-U-nu-latn"}) {
            assertThatThrownBy(() -> LanguageTag.of(text)).as(text).isInstanceOf(InvalidLanguageTagException.class);
        }
    }

    @Test
    void distinctVariantsAndExtensionsAndPrivateUseRepeatsStay() {
        assertThat(LanguageTag.of("sl-rozaj-biske").value()).contains("rozaj", "biske");
        assertThat(LanguageTag.of("en-a-bbb-b-ccc").value()).isEqualTo("en-a-bbb-b-ccc");
        assertThat(LanguageTag.of("en-x-a-a").value()).isEqualTo("en-x-a-a");
    }

    @Test
    void legacyTagsThatIcuCanonicalisesAreAccepted() {
        assertThat(LanguageTag.of("i-klingon").value()).isEqualTo("tlh");
        assertThat(LanguageTag.of("zh-min-nan").value()).isEqualTo("nan");
    }
}
