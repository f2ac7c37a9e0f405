package org.kakehashi.document;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the office's SRX rules end a sentence, decided by hand for each example. */
class SentencesTest {

    private static java.util.List<String> sentences(String text, String language) {
        return TranslatableText.ofText(text, LanguageTag.of(language)).segments().stream().map(Segment::text).toList();
    }

    @Test
    void japaneseSentencesEndAtFullStopsExclamationAndQuestionMarks() {
        assertThat(sentences("ごみは朝8時までに出してください。ご協力をお願いします！ご質問はありますか？", "ja"))
                .containsExactly("ごみは朝8時までに出してください。", "ご協力をお願いします！", "ご質問はありますか？");
    }

    @Test
    void aClosingBracketStaysWithTheSentenceItCloses() {
        assertThat(sentences("市長は「来年も続けます。」と話しました。（詳しくは広報誌へ。）次回は5月です。", "ja"))
                .containsExactly("市長は「来年も続けます。」と話しました。", "（詳しくは広報誌へ。）", "次回は5月です。");
    }

    @Test
    void repeatedMarksEndOneSentence() {
        assertThat(sentences("本当ですか？！はい。", "ja")).containsExactly("本当ですか？！", "はい。");
    }

    @Test
    void chineseSentencesEndLikeJapaneseOnes() {
        assertThat(sentences("秦皇岛市代表团将于十月访问。欢迎参加！", "zh-Hans"))
                .containsExactly("秦皇岛市代表团将于十月访问。", "欢迎参加！");
    }

    @Test
    void englishAbbreviationsAndInitialsDoNotEndASentence() {
        assertThat(sentences("Mr. Smith met Dr. J. Tanaka at 10 a.m. today. See No. 5, e.g. the map. It is free!",
                "en")).containsExactly("Mr. Smith met Dr. J. Tanaka at 10 a.m. today.", "See No. 5, e.g. the map.",
                "It is free!");
    }

    @Test
    void aFullStopBeforeALowerCaseWordOrANumberInsideASentenceDoesNotEndIt() {
        assertThat(sentences("The fee is 1.5 times the usual one. version 2.0 is out.", "en"))
                .containsExactly("The fee is 1.5 times the usual one. version 2.0 is out.");
    }
}
