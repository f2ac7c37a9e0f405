package org.kakehashi.language.easy;

import java.util.List;
import java.util.Set;

/**
 * 受身形・使役: a verb with the suffix れる or られる (受け付けられる, 行われる, 提出される), せる or させる (行かせる),
 * or both (食べさせられる, 歩かされる), flagged from the verb (with the noun of a する verb: 提出される) to the
 * suffix's end. Kuromoji does not tell a passive られる from the same form's potential (来られる: can come) or
 * honorific use; all are flagged, and the guideline's advice holds for them too (できます, plain verbs).
 */
final class Voices {

    private static final Set<String> SUFFIXES = Set.of("れる", "られる", "せる", "させる", "す", "さす");

    private Voices() {
    }

    static void find(Sentence sentence, List<Word> words, Findings findings) {
        for (int at = 0; at < words.size(); at++) {
            if (!isSuffix(words.get(at))) {
                continue;
            }
            int last = at;
            while (last + 1 < words.size() && isSuffix(words.get(last + 1))
                    && words.get(last).touches(words.get(last + 1))) {
                last++;
            }
            int first = at;
            if (at > 0 && words.get(at - 1).is("動詞") && words.get(at - 1).touches(words.get(at))) {
                first = at - 1;
                Word verb = words.get(first);
                if (verb.lemma().equals("する") && first > 0 && words.get(first - 1).is("名詞-サ変接続")
                        && words.get(first - 1).touches(verb)) {
                    first--;
                }
            }
            findings.add(EasyJapaneseRule.PASSIVE_OR_CAUSATIVE, sentence, words.get(first).start(),
                    words.get(last).end());
            at = last;
        }
    }

    private static boolean isSuffix(Word word) {
        return word.is("動詞-接尾") && word.lemmaIn(SUFFIXES);
    }
}
