package org.kakehashi.language.easy;

import java.util.List;
import java.util.Set;

/**
 * 尊敬語・謙譲語: the honorific and humble forms, and the very polite ございます.
 * <ul>
 *   <li>お・ご with a verb's stem or a noun of action, followed by になる (ご利用になれます, お読みになりました),
 *   ください (ご協力ください, お越しください, ご覧ください) or by する, いたす, できる, いただく or 申し上げる
 *   (お送りします, ご案内いたします, ご利用いただけます). お願いします is the everyday phrase and is not flagged;
 *   お願いいたします is. A one-word お・ご noun counts when Kuromoji calls it a noun of action (お待ち, お知らせ) or it
 *   ends in kana (お越し), so that お茶ください (give me tea) and ご飯になります are not flagged.</li>
 *   <li>The verbs that are honorific or humble in themselves: いらっしゃる, おっしゃる, 召し上がる, なさる, 申し上げる,
 *   申す, 参る, 伺う, 存じる, いたす, いただく, 差し上げる, 承る, おる (〜ております, flagged from its て), ござる
 *   (but not in ありがとうございます and the like), and the nouns 拝見, 拝読, 拝借.</li>
 * </ul>
 * くださる is not flagged: 〜てください is the plain request やさしい日本語 uses.
 */
final class Honorifics {

    private static final Set<String> PREFIXES = Set.of("お", "ご", "御");
    private static final Set<String> REQUEST = Set.of("くださる", "下さる");
    private static final Set<String> BECOME = Set.of("なる", "なれる");
    private static final Set<String> HUMBLE_VERBS =
            Set.of("する", "いたす", "致す", "できる", "出来る", "いただく", "頂く", "いただける", "頂ける", "申し上げる");
    private static final Set<String> HONORIFIC_WORDS = Set.of("いらっしゃる", "おっしゃる", "召し上がる", "なさる",
            "申し上げる", "申す", "参る", "伺う", "存じる", "存じ上げる", "いたす", "致す", "いただく", "頂く", "いただける",
            "頂ける", "差し上げる", "承る", "賜る", "おる", "ござる", "拝見", "拝読", "拝借");

    private Honorifics() {
    }

    /** Adds the findings and marks the words they cover in {@code covered}, which the word rules pass over. */
    static void find(Sentence sentence, List<Word> words, Findings findings, boolean[] covered) {
        for (int at = 0; at < words.size(); at++) {
            int last = prefixedFormEnd(words, at);
            int first = at;
            if (last < 0) {
                Word word = words.get(at);
                if (!isHonorificWord(words, at)) {
                    continue;
                }
                last = at;
                if (word.lemma().equals("おる") && at > 0 && words.get(at - 1).is("助詞-接続助詞")
                        && words.get(at - 1).touches(word)) {
                    first = at - 1;
                }
            }
            findings.add(EasyJapaneseRule.HONORIFIC, sentence, words.get(first).start(), words.get(last).end());
            for (int i = first; i <= last; i++) {
                covered[i] = true;
            }
            at = last;
        }
    }

    private static boolean isHonorificWord(List<Word> words, int at) {
        Word word = words.get(at);
        if (!word.lemmaIn(HONORIFIC_WORDS) || word.is("助詞")) {
            return false;
        }
        boolean thanks = word.lemma().equals("ござる") && at > 0 && words.get(at - 1).is("感動詞");
        return !thanks;
    }

    /** The index of the last word of an お・ご form starting at {@code at}, or -1 if none starts there. */
    private static int prefixedFormEnd(List<Word> words, int at) {
        Word word = words.get(at);
        int next;
        String stem;
        if (word.is("接頭詞") && PREFIXES.contains(word.surface()) && at + 1 < words.size()
                && word.touches(words.get(at + 1)) && isStemOrAction(words.get(at + 1))) {
            next = at + 2;
            stem = word.surface() + words.get(at + 1).surface();
        } else if (isPrefixedNoun(word)) {
            next = at + 1;
            stem = word.surface();
        } else {
            return -1;
        }
        if (next >= words.size() || !words.get(next - 1).touches(words.get(next))) {
            return -1;
        }
        Word after = words.get(next);
        if (after.lemmaIn(REQUEST)) {
            return next;
        }
        if (after.lemmaIn(HUMBLE_VERBS) && !(stem.equals("お願い") && after.lemma().equals("する"))) {
            return next;
        }
        if (after.surface().equals("に") && after.is("助詞") && next + 1 < words.size()
                && words.get(next + 1).lemmaIn(BECOME)) {
            return next + 1;
        }
        return -1;
    }

    private static boolean isStemOrAction(Word word) {
        return word.is("名詞") && !word.is("名詞-数") || word.is("動詞-自立") && word.form().startsWith("連用");
    }

    private static boolean isPrefixedNoun(Word word) {
        String surface = word.surface();
        if (surface.length() < 2 || !PREFIXES.contains(surface.substring(0, 1)) || !word.is("名詞")) {
            return false;
        }
        char lastCharacter = surface.charAt(surface.length() - 1);
        return word.is("名詞-サ変接続") || word.is("名詞-動詞非自立的")
                || Character.UnicodeBlock.of(lastCharacter) == Character.UnicodeBlock.HIRAGANA;
    }
}
