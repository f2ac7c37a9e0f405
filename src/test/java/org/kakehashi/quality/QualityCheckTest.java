package org.kakehashi.quality;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.terms.Concept;
import org.kakehashi.terms.Glossary;
import org.kakehashi.terms.TermForm;
import org.kakehashi.terms.TermStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QualityCheckTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final Glossary WELFARE = Glossary.of(JA, EN, List.of(new Concept(null, "department", null, null,
            null, List.of(new TermForm(JA, "総合福祉課", "noun", TermStatus.PREFERRED),
            new TermForm(EN, "General Welfare Division", "noun", TermStatus.PREFERRED),
            new TermForm(EN, "Welfare Section", "noun", TermStatus.FORBIDDEN)))));

    private static List<Finding> check(CheckedPair... pairs) {
        return QualityCheck.findings(JA, EN, List.of(pairs), WELFARE);
    }

    @Test
    void aFaithfulTranslationHasNoFinding() {
        assertThat(check(new CheckedPair("s1", "総合福祉課が<g1>10月29日</g1>に説明会を開きます。",
                "The General Welfare Division holds a briefing on <g1>October 29</g1>."))).isEmpty();
    }

    @Test
    void aDepartmentCalledByAnotherNameLacksThePreferredTermAndUsesAForbiddenOne() {
        assertThat(check(new CheckedPair("s1", "総合福祉課が説明会を開きます。", "The Welfare Section holds a briefing.")))
                .containsExactlyInAnyOrder(
                        new Finding(FindingKind.PREFERRED_TERM, "s1", "総合福祉課 → General Welfare Division", null),
                        new Finding(FindingKind.FORBIDDEN_TERM, "s1", "Welfare Section", "Welfare Section"));
    }

    @Test
    void aSegmentLeftEmptyIsUntranslated() {
        assertThat(check(new CheckedPair("s1", "申込みは不要です。", " "), new CheckedPair("s2", "以上", null)))
                .extracting(Finding::kind, Finding::segment)
                .containsExactly(tuple(FindingKind.EMPTY, "s1"),
                        tuple(FindingKind.EMPTY, "s2"));
    }

    @Test
    void japaneseCopiedIntoTheEnglishIsTheSourceCopiedButABrandNameInLatinLettersIsNot() {
        assertThat(check(new CheckedPair("s1", "申込みは不要です。", "申込みは不要です。"),
                new CheckedPair("s2", "Apache POI", "Apache POI")))
                .containsExactly(new Finding(FindingKind.SOURCE_COPIED, "s1", "申込みは不要です。", "申込みは不要です。"));
    }

    @Test
    void aLostOrUnknownTagIsFound() {
        assertThat(check(new CheckedPair("s1", "<g1>11月5日</g1>に開きます。", "It is held on November 5.")))
                .containsExactly(new Finding(FindingKind.INLINE_CODES, "s1", "<g1></g1>", ""));
    }

    @Test
    void theSameSourceTranslatedTwoWaysWithinTheJobIsInconsistent() {
        assertThat(check(new CheckedPair("s1", "申込みは不要です。", "No application is needed."),
                new CheckedPair("s2", "申込みは不要です。", "You need not apply.")))
                .containsExactly(new Finding(FindingKind.INCONSISTENT, "s2", "No application is needed.",
                        "You need not apply."));
    }
}
