package org.kakehashi.language.easy;

import java.util.List;
import java.util.Objects;

/**
 * Checks a Japanese text against the measurable advice of 在留支援のためのやさしい日本語ガイドライン
 * (出入国在留管理庁・文化庁, 2020), chapter 2, steps 1 「日本人にわかりやすい文章にする」 and 2 「外国人にも
 * わかりやすい文章にする」: short sentences, few kanji, です/ます endings, and none of double negatives, passives
 * and causatives, honorific and humble forms, loanwords and words beyond everyday ones. It finds what to rewrite;
 * it does not rewrite, and a text without findings is not thereby やさしい日本語 (the guideline's first step, to
 * sort and cut the information, is a person's work).
 *
 * <p>Thread-safe and cheap to call as a text is typed: the word list is read once, and the words are cut by one
 * shared Kuromoji analyzer whose dictionaries load once (see {@code JapaneseWords}). Measured on the 2-core
 * development machine while another build kept it busy (load average 8): a 2,000-character city notice of some 60
 * sentences takes 7–8 ms a call once warm, 2,000 characters without a single full stop 13–24 ms; the first call in
 * a JVM also loads Kuromoji's dictionaries, 0.7–0.9 s, so a server may make one call at start.
 */
public final class EasyJapaneseCheck {

    /**
     * A sentence is flagged above this many characters (every character but whitespace, punctuation included;
     * a reading in brackets after a kanji not counted). The national guideline gives no number: it says 一文を
     * 短くする (一文に言いたいことは1つだけ) in chapter 2's step 1, 「文をわかりやすくする」. The number is the
     * upper bound that the University of Tokyo's checklist for readable documents cites for やさしい日本語 — about
     * 24 characters a sentence, never more than 30 (ez2understand.ifi.u-tokyo.ac.jp, 基礎編チェックリスト ②).
     */
    public static final int MAX_SENTENCE_CHARACTERS = 30;

    /**
     * A sentence is flagged above this many kanji. The national guideline says only 漢字の量に注意する (chapter 2,
     * step 2, 表記). The number is that of 弘前大学人文社会科学部社会言語学研究室 for カテゴリーⅡ, the やさしい日本語 of
     * everyday living information (city notices) as against disaster warnings (カテゴリーⅠ: 3 or 4 kanji): at most
     * 13 kanji a sentence (「これさえあれば！『やさしい日本語』作り方ガイド」, 2019, as quoted by easy-japanese.jp).
     * A ratio of kanji (the 20–30 % of general readability advice) is not used: it is no やさしい日本語 source.
     */
    public static final int MAX_KANJI_PER_SENTENCE = 13;

    private static final Vocabulary VOCABULARY = new Vocabulary(EverydayWords.load());

    private EasyJapaneseCheck() {
    }

    /** The findings in {@code text}, in the text's order; none for a blank text. */
    public static List<EasyJapaneseFinding> check(String text) {
        Objects.requireNonNull(text, "text");
        Findings findings = new Findings(text);
        for (Sentence sentence : Sentences.of(text)) {
            countCharacters(sentence, findings);
            List<Word> words = JapaneseWords.of(sentence.analysed(), sentence.start());
            boolean[] judged = new boolean[words.size()];
            Endings.find(sentence, words, findings);
            DoubleNegatives.find(sentence, words, findings);
            Voices.find(sentence, words, findings);
            Honorifics.find(sentence, words, findings, judged);
            VOCABULARY.find(sentence, words, findings, judged);
        }
        return findings.inOrder();
    }

    private static void countCharacters(Sentence sentence, Findings findings) {
        int characters = 0;
        int kanji = 0;
        String analysed = sentence.analysed();
        for (int at = 0; at < analysed.length(); ) {
            int c = analysed.codePointAt(at);
            at += Character.charCount(c);
            if (!Sentences.isBlank(c)) {
                characters++;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                kanji++;
            }
        }
        if (characters > MAX_SENTENCE_CHARACTERS) {
            findings.addCount(EasyJapaneseRule.SENTENCE_LENGTH, sentence, characters);
        }
        if (kanji > MAX_KANJI_PER_SENTENCE) {
            findings.addCount(EasyJapaneseRule.KANJI_COUNT, sentence, kanji);
        }
    }
}
