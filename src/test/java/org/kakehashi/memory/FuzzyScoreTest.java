package org.kakehashi.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores worked out by hand: 100 less the share of edits, in characters or in words. */
class FuzzyScoreTest {

    @Test
    void japaneseIsScoredByCharacters() {
        // 17 characters, one replaced: 16 / 17 = 94.1 %
        assertThat(FuzzyScore.percent(MatchText.of("ごみは朝8時までに出してください。", "ja"),
                MatchText.of("ごみは朝9時までに出してください。", "ja"))).isEqualTo(94);
    }

    @Test
    void englishIsScoredByWords() {
        // 7 words and marks against 6: residence → health, insurance inserted: 5 / 7 = 71.4 %
        assertThat(FuzzyScore.percent(MatchText.of("Please bring your health insurance card.", "en"),
                MatchText.of("Please bring your residence card.", "en"))).isEqualTo(71);
    }

    @Test
    void onlyTheSameTextScoresAHundredWhateverItsWidthOrCase() {
        assertThat(FuzzyScore.percent(MatchText.of("ＡＢＣ市役所１２３", "ja"), MatchText.of("abc市役所123", "ja")))
                .isEqualTo(100);
        assertThat(FuzzyScore.percent(MatchText.of("市役所。", "ja"), MatchText.of("市役所", "ja"))).isEqualTo(75);
    }
}
