package org.kakehashi.terms;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermbaseImportsTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");

    @Test
    void anEntryReadBackFromTbxIsTheSameWhateverTheOrderOfItsTermsAndAProperNounWrittenAsANoun() {
        Concept kept = new Concept("1", "department", null, null, null, List.of(
                new TermForm(JA, "観光振興課", "properNoun", TermStatus.PREFERRED),
                new TermForm(EN, "Tourism Promotion Division", "properNoun", TermStatus.PREFERRED),
                new TermForm(JA, "観光課", null, TermStatus.FORBIDDEN)));
        Concept file = new Concept("1", "department", null, null, null, List.of(
                new TermForm(JA, "観光振興課", "noun", TermStatus.PREFERRED),
                new TermForm(JA, "観光課", null, TermStatus.FORBIDDEN),
                new TermForm(EN, "Tourism Promotion Division", "noun", TermStatus.PREFERRED)));

        assertThat(TermbaseImports.same(kept, file)).isTrue();
    }

    @Test
    void anotherStatusOrDefinitionIsAChange() {
        Concept kept = new Concept("1", null, "市の課", null, null,
                List.of(new TermForm(JA, "観光課", null, TermStatus.FORBIDDEN)));

        assertThat(TermbaseImports.same(kept, new Concept("1", null, "市の課", null, null,
                List.of(new TermForm(JA, "観光課", null, TermStatus.ADMITTED))))).isFalse();
        assertThat(TermbaseImports.same(kept, new Concept("1", null, "市役所の課", null, null,
                List.of(new TermForm(JA, "観光課", null, TermStatus.FORBIDDEN))))).isFalse();
    }
}
