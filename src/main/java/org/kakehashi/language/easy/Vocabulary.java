package org.kakehashi.language.easy;

import java.util.List;
import java.util.Set;

/**
 * The word rules, against the {@link EverydayWords}.
 * <ul>
 *   <li>A listed word may be several of Kuromoji's words (保険証 is 保険 and the suffix 証, マイナンバー is マイ and
 *   ナンバー): the longest run of up to four adjacent nouns (and お・ご) written as a listed word is that word.</li>
 *   <li>{@link EasyJapaneseRule#LOANWORD}: adjacent nouns written in katakana are one word (スマート and フォン are
 *   スマートフォン), flagged unless it is a listed everyday word (バス, トイレ, カード). A run that Kuromoji takes
 *   wholly for proper nouns — a name, a place, a company (トヨタ, カナダ) — is not flagged: there is no other word
 *   for it. Kuromoji's proper-noun guess is rough (it reads スマート as a family name); a run with any common noun
 *   in it is a loanword.</li>
 *   <li>{@link EasyJapaneseRule#UNCOMMON_WORD}: a noun or an independent verb, by its lemma (出す for 出し), that is
 *   not listed. Numbers, proper nouns, pronouns, suffixes and dependent nouns (こと, ため) are not looked up, nor
 *   words without kanji or kana (HP, 2026) nor katakana words, which the loanword rule judges.</li>
 * </ul>
 */
final class Vocabulary {

    private static final int LONGEST_RUN = 4;
    private static final Set<String> NOT_LOOKED_UP = Set.of("名詞-数", "名詞-固有名詞", "名詞-非自立", "名詞-代名詞",
            "名詞-接尾", "名詞-特殊", "名詞-接続詞的", "名詞-引用文字列");

    private final EverydayWords everyday;

    Vocabulary(EverydayWords everyday) {
        this.everyday = everyday;
    }

    /** Adds the findings; {@code known} marks the words already judged (by the honorific rule), and is filled. */
    void find(Sentence sentence, List<Word> words, Findings findings, boolean[] known) {
        markListedRuns(words, known);
        for (int at = 0; at < words.size(); at++) {
            if (known[at]) {
                continue;
            }
            if (isKatakanaNoun(words.get(at))) {
                at = loanword(sentence, words, at, findings, known);
            } else if (isLookedUp(words.get(at)) && !everyday.contains(words.get(at).lemma())) {
                findings.add(EasyJapaneseRule.UNCOMMON_WORD, sentence, words.get(at).start(), words.get(at).end());
            }
        }
    }

    private void markListedRuns(List<Word> words, boolean[] known) {
        for (int at = 0; at < words.size(); at++) {
            for (int last = Math.min(words.size(), at + LONGEST_RUN) - 1; last > at; last--) {
                if (isListedRun(words, at, last)) {
                    for (int i = at; i <= last; i++) {
                        known[i] = true;
                    }
                    at = last;
                    break;
                }
            }
        }
    }

    private boolean isListedRun(List<Word> words, int first, int last) {
        StringBuilder run = new StringBuilder();
        for (int i = first; i <= last; i++) {
            Word word = words.get(i);
            if (!(word.is("名詞") || word.is("接頭詞")) || i > first && !words.get(i - 1).touches(word)) {
                return false;
            }
            run.append(word.surface());
        }
        return everyday.contains(run.toString());
    }

    /** Judges the katakana run starting at {@code first}; returns the index of its last word. */
    private int loanword(Sentence sentence, List<Word> words, int first, Findings findings, boolean[] known) {
        int last = first;
        while (last + 1 < words.size() && !known[last + 1] && isKatakanaNoun(words.get(last + 1))
                && words.get(last).touches(words.get(last + 1))) {
            last++;
        }
        StringBuilder run = new StringBuilder();
        boolean allProper = true;
        for (int i = first; i <= last; i++) {
            run.append(words.get(i).surface());
            allProper &= words.get(i).is("名詞-固有名詞");
        }
        if (!allProper && run.length() > 1 && !everyday.contains(run.toString())) {
            findings.add(EasyJapaneseRule.LOANWORD, sentence, words.get(first).start(), words.get(last).end());
        }
        return last;
    }

    private static boolean isKatakanaNoun(Word word) {
        return word.is("名詞") && word.surface().chars().allMatch(Vocabulary::isKatakanaLetter);
    }

    private static boolean isKatakanaLetter(int c) {
        return c >= 0x30A1 && c <= 0x30FF && c != 0x30FB || c >= 0x31F0 && c <= 0x31FF || c >= 0xFF66 && c <= 0xFF9F;
    }

    private static boolean isLookedUp(Word word) {
        boolean noun = word.is("名詞") && NOT_LOOKED_UP.stream().noneMatch(word::is);
        return (noun || word.is("動詞-自立")) && word.surface().codePoints().anyMatch(Vocabulary::isKanjiOrKana);
    }

    private static boolean isKanjiOrKana(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
