package org.kakehashi.language.easy;

import java.util.List;
import java.util.Set;

/**
 * 二重否定: a negation (ない, ぬ) followed by こと・わけ and a second negation — 〜ないことはない, 〜ないこともない,
 * 〜ないわけではない (じゃない, ではありません) — or なく followed by は or も and a second negation (〜なくはない,
 * 〜なくもありません). The second negation is ない, or ある negated (ありません, あらない). 〜なければならない (must) is
 * not one: ば is no link of these.
 */
final class DoubleNegatives {

    private static final Set<String> NEGATIONS = Set.of("ない", "ぬ", "ん");
    private static final Set<String> AFTER_NAI = Set.of("ことは", "ことも", "わけでは", "わけでも", "わけじゃ", "では", "でも");
    private static final Set<String> AFTER_NAKU = Set.of("は", "も");
    private static final int LONGEST_LINK = 3;

    private DoubleNegatives() {
    }

    static void find(Sentence sentence, List<Word> words, Findings findings) {
        for (int first = 0; first < words.size(); first++) {
            Word negation = words.get(first);
            if (!negation.is("助動詞") || !negation.lemmaIn(NEGATIONS)) {
                continue;
            }
            Set<String> links = negation.surface().startsWith("なく") ? AFTER_NAKU : AFTER_NAI;
            StringBuilder link = new StringBuilder();
            for (int last = first + 1; last <= first + LONGEST_LINK && last < words.size(); last++) {
                link.append(words.get(last).surface());
                int end = links.contains(link.toString()) ? secondNegationEnd(words, last + 1) : -1;
                if (end >= 0) {
                    findings.add(EasyJapaneseRule.DOUBLE_NEGATIVE, sentence, negation.start(), words.get(end).end());
                    first = end;
                    break;
                }
            }
        }
    }

    /** The index of the last word of a negation starting at {@code at}, or -1 if none starts there. */
    private static int secondNegationEnd(List<Word> words, int at) {
        if (at >= words.size()) {
            return -1;
        }
        Word word = words.get(at);
        if (word.lemma().equals("ない") && (word.is("助動詞") || word.is("形容詞"))) {
            return at;
        }
        if (word.lemma().equals("ある")) {
            for (int next = at + 1; next < words.size() && words.get(next).is("助動詞"); next++) {
                if (words.get(next).lemmaIn(NEGATIONS)) {
                    return next;
                }
            }
        }
        return -1;
    }
}
