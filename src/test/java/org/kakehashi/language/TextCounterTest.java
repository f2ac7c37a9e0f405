package org.kakehashi.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected counts are worked out by hand from the texts, character by character. */
class TextCounterTest {

    private final TextCounter counter = new TextCounter(new CountingRates(2000, 400));
    private static final LanguageTag JA = LanguageTag.of("ja");

    @Test
    void japaneseIsCountedInCharactersWithoutWhitespace() {
        // ひ と り で 悩 ん で い ま せ ん か ？ : 1 kanji (悩), 11 kana, 1 punctuation; the spaces do not count
        CountingReceipt receipt = counter.count("ひとりで 悩んでいませんか？\n", JA);

        assertThat(receipt.unit()).isEqualTo(CountingReceipt.Unit.CHARACTERS);
        assertThat(receipt.characters()).isEqualTo(13);
        assertThat(receipt.breakdown()).isEqualTo(new CountingReceipt.Breakdown(1, 11, 0, 0, 0, 1, 0));
        assertThat(receipt.manuscriptPages()).isEqualTo(1);
        assertThat(receipt.words()).as("Japanese is quoted in characters, not segmented").isNull();
    }

    @Test
    void fullWidthLettersAndDigitsAreLatinLettersAndDigits() {
        // Ｑ １ (full width), then ど の よ う な (5 kana) 人 (kanji) を (kana) 対 象 (2 kanji)
        // と し て い る の (6 kana) ？ : Ｑ is one Latin word of one letter
        CountingReceipt receipt = counter.count("Ｑ１ どのような人を対象としているの？", JA);

        assertThat(receipt.breakdown()).isEqualTo(new CountingReceipt.Breakdown(3, 12, 1, 1, 1, 1, 0));
        assertThat(receipt.characters()).isEqualTo(18);
    }

    @Test
    void latinWordsInsideJapaneseCountAsTheirLettersAndAsWords() {
        // 市 の H P を ご 覧 く だ さ い 。 : "HP" is one Latin word of two letters
        CountingReceipt receipt = counter.count("市のHPをご覧ください。", JA);

        assertThat(receipt.breakdown().latinWords()).isEqualTo(1);
        assertThat(receipt.breakdown().latinLetters()).isEqualTo(2);
        assertThat(receipt.breakdown().kanji()).isEqualTo(2);
        assertThat(receipt.breakdown().kana()).isEqualTo(7);
        assertThat(receipt.characters()).isEqualTo(12);
    }

    @Test
    void theProlongedSoundMarkIsKanaAndTheIdeographicCommaIsPunctuation() {
        // テ ー マ 、 サ ー ビ ス
        CountingReceipt receipt = counter.count("テーマ、サービス", JA);

        assertThat(receipt.breakdown().kana()).isEqualTo(7);
        assertThat(receipt.breakdown().punctuation()).isEqualTo(1);
    }

    @Test
    void anEmojiSequenceAndACombiningMarkEachCountAsOneCharacter() {
        // family emoji (man ZWJ woman ZWJ girl: 5 code points), が precomposed, か + combining ゛ (U+3099)
        CountingReceipt receipt = counter.count("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67が\u304B\u3099", JA);

        assertThat(receipt.characters()).isEqualTo(3);
        assertThat(receipt.breakdown().kana()).isEqualTo(2);
    }

    @Test
    void aCombiningMarkOnASpaceIsOneUserPerceivedCharacterAsInUax29() {
        // ICU4C (Intl.Segmenter in Node) gives "あ \u0301い" three graphemes: あ, the space with its acute, い
        CountingReceipt receipt = counter.count("あ \u0301い", JA);

        assertThat(receipt.characters()).isEqualTo(3);
        assertThat(counter.count("あ い", JA).characters()).isEqualTo(2);
        assertThat(counter.count("あ\r\nい", JA).characters()).isEqualTo(2);
    }

    @Test
    void manuscriptPagesAreStartedPagesOf400Characters() {
        assertThat(counter.count("あ".repeat(400), JA).manuscriptPages()).isEqualTo(1);
        assertThat(counter.count("あ".repeat(401), JA).manuscriptPages()).isEqualTo(2);
        assertThat(counter.count("あ".repeat(4000), JA).estimatedHours()).isEqualTo(2.0);
    }

    @Test
    void englishIsCountedInWords() {
        CountingReceipt receipt = counter.count("Are you struggling alone? Please talk to us, any time.",
                LanguageTag.of("en"));

        assertThat(receipt.unit()).isEqualTo(CountingReceipt.Unit.WORDS);
        assertThat(receipt.words()).isEqualTo(10);
        assertThat(receipt.manuscriptPages()).isZero();
        assertThat(receipt.estimatedHours()).isEqualTo(0.0);
    }

    @Test
    void chineseIsSegmentedIntoWordsNotCountedAsOneWordAParagraph() {
        // 我们 / 欢迎 / 来自 / 秦皇岛 / 的 / 朋友 — ICU's dictionary segmentation (the Weblate #10278 bug counts 1)
        CountingReceipt receipt = counter.count("我们欢迎来自秦皇岛的朋友", LanguageTag.of("zh-Hans"));

        assertThat(receipt.unit()).isEqualTo(CountingReceipt.Unit.CHARACTERS);
        assertThat(receipt.characters()).isEqualTo(12);
        assertThat(receipt.words()).isEqualTo(6);
    }
}
