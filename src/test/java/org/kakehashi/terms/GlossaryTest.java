package org.kakehashi.terms;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryTest {

    private static final LanguageTag JA = LanguageTag.of("ja");

    private static final Concept QINHUANGDAO = new Concept(null, "sister city", null, null, null, List.of(
            new TermForm(JA, "秦皇島市", "noun", TermStatus.PREFERRED),
            new TermForm(LanguageTag.of("zh-Hans-CN"), "秦皇岛市", "noun", TermStatus.PREFERRED),
            new TermForm(LanguageTag.of("zh-Hant"), "秦皇島市", "noun", TermStatus.PREFERRED),
            new TermForm(LanguageTag.of("en"), "Qinhuangdao", "noun", TermStatus.PREFERRED),
            new TermForm(LanguageTag.of("en"), "Chinwangtao", "noun", TermStatus.FORBIDDEN)));

    @Test
    void aSimplifiedChineseTranslationIsOfferedTheSimplifiedNameWhateverItsRegion() {
        Glossary glossary = Glossary.of(JA, LanguageTag.of("zh-Hans"), List.of(QINHUANGDAO));

        assertThat(glossary.hits("秦皇島市から訪問団が来ます。")).singleElement()
                .satisfies(hit -> assertThat(hit.preferred()).containsExactly("秦皇岛市"));
    }

    @Test
    void anEnglishTranslationIsToldTheNameToUseAndTheOneNeverToWrite() {
        Glossary glossary = Glossary.of(JA, LanguageTag.of("en"), List.of(QINHUANGDAO));

        assertThat(glossary.hits("秦皇島市から訪問団が来ます。")).singleElement().satisfies(hit -> {
            assertThat(hit.preferred()).containsExactly("Qinhuangdao");
            assertThat(hit.forbidden()).containsExactly("Chinwangtao");
        });
        assertThat(glossary.uses("A delegation from Qinhuangdao visits.", List.of("Qinhuangdao"))).isTrue();
        assertThat(glossary.forbiddenIn("A delegation from Chinwangtao visits.")).containsExactly("Chinwangtao");
    }
}
