package org.kakehashi.language.easy;

import java.util.List;
import java.util.Set;

/**
 * 文末は「です」「ます」: a sentence must end in です, ます (ました, ません, でしょう, ましょう) or a request with
 * ください. Marks and sentence-final particles (か, ね, よ) after the ending are passed over. A sentence whose last
 * word is a verb, an adjective or an auxiliary in plain form (行く, 雨だ, ことである, 受け付けられる) is flagged,
 * from its last content word to its end. A sentence that ends in a noun or a particle (受付は9時から。) is flagged
 * only when a full stop closes it: without one it is taken for a heading or a list item (ごみの出し方). Other
 * endings (はい, ありがとう) are left alone.
 */
final class Endings {

    private static final Set<String> POLITE = Set.of("です", "ます", "くださる", "下さる");

    private Endings() {
    }

    static void find(Sentence sentence, List<Word> words, Findings findings) {
        int last = words.size() - 1;
        while (last >= 0 && isPassedOver(words.get(last))) {
            last--;
        }
        if (last < 0) {
            return;
        }
        int head = last;
        while (head >= 0 && isAuxiliary(words.get(head))) {
            if (words.get(head).lemmaIn(POLITE)) {
                return;
            }
            head--;
        }
        Word end = words.get(last);
        if (end.lemmaIn(POLITE)) {
            return;
        }
        boolean predicate = head < last || end.is("動詞") || end.is("形容詞");
        boolean nominal = end.is("名詞") || end.is("助詞");
        if (predicate || (nominal && sentence.closed())) {
            findings.add(EasyJapaneseRule.PLAIN_ENDING, sentence, words.get(Math.max(head, 0)).start(), end.end());
        }
    }

    /** A mark (or what Kuromoji takes for a word but has no letter: ?, ～) or a sentence-final particle. */
    private static boolean isPassedOver(Word word) {
        return word.is("記号") || word.partOfSpeech().contains("終助詞")
                || word.surface().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A word that only follows a predicate: an auxiliary (だ, た, ない, ます) or a verb suffix (れる, せる). */
    private static boolean isAuxiliary(Word word) {
        return word.is("助動詞") || word.is("動詞-接尾") || word.is("動詞-非自立");
    }
}
