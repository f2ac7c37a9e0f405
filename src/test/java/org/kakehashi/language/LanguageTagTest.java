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
}
