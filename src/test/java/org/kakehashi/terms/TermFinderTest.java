package org.kakehashi.terms;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermFinderTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag ZH = LanguageTag.of("zh-Hans");

    @Test
    void theMayorIsFoundWhereTheMayorStandsButNotInsideDeputyMayor() {
        List<String> found = texts("副市長と市長が出席します。", JA, "市長");

        assertThat(found).containsExactly("市長@4");
    }

    @Test
    void aTermFollowedByAParticleIsFound() {
        assertThat(texts("市長は挨拶しました。", JA, "市長")).containsExactly("市長@0");
    }

    @Test
    void aTermBoundToASuffixIsPartOfAnotherWord() {
        assertThat(texts("市長室へお越しください。", JA, "市長")).isEmpty();
    }

    @Test
    void aDepartmentNameOfSeveralWordsIsFoundWhole() {
        assertThat(texts("詳しくは国際交流課までお問い合わせください。", JA, "国際交流課", "交流"))
                .containsExactly("国際交流課@4");
    }

    @Test
    void englishTermsAreFoundAtWordBoundariesWhateverTheirCase() {
        assertThat(texts("The MAYOR met the deputy mayor; mayoral staff waited.", EN, "mayor"))
                .containsExactly("mayor@4", "mayor@25");
    }

    @Test
    void fullWidthLatinIsFoundAsHalfWidth() {
        assertThat(texts("ＮＰＯ法人が主催します。", JA, "NPO法人")).containsExactly("NPO法人@0");
    }

    @Test
    void chineseTermsAreFoundByIcusWords() {
        assertThat(texts("秦皇岛市市长访问了日本。", ZH, "市长")).containsExactly("市长@4");
    }

    private static List<String> texts(String text, LanguageTag language, String... terms) {
        TermEntry entry = new TermEntry(null, Instant.EPOCH, "test");
        List<TermFinder.Candidate> candidates = java.util.Arrays.stream(terms)
                .map(t -> new TermFinder.Candidate(t, entry,
                        new Term(new TermForm(language, t, null, TermStatus.PREFERRED), false)))
                .toList();
        return TermFinder.find(text, language, candidates).stream()
                .map(f -> f.candidate().text() + "@" + f.start())
                .toList();
    }
}
