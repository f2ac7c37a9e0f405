package org.kakehashi.language.easy;

import java.util.Set;

/**
 * A word as Kuromoji (IPADIC) cuts it: its characters, its place in the text, its part of speech
 * ({@code 名詞-サ変接続}, {@code 動詞-接尾}), its lemma (the dictionary form: 出す for 出し) and its inflected form
 * ({@code 連用形}), empty for a word that does not inflect.
 */
record Word(String surface, int start, int end, String partOfSpeech, String lemma, String form) {

    boolean is(String partOfSpeechPrefix) {
        return partOfSpeech.startsWith(partOfSpeechPrefix);
    }

    boolean lemmaIn(Set<String> lemmas) {
        return lemmas.contains(lemma);
    }

    /** Whether {@code next} follows this word with nothing between them. */
    boolean touches(Word next) {
        return end == next.start;
    }
}
