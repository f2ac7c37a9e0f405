package org.kakehashi.language.easy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings of one check as the rules add them, each with the text it points at. */
final class Findings {

    private final String text;
    private final List<EasyJapaneseFinding> found = new ArrayList<>();

    Findings(String text) {
        this.text = text;
    }

    void add(EasyJapaneseRule rule, Sentence sentence, int start, int end) {
        found.add(new EasyJapaneseFinding(rule, sentence.index(), start, end, text.substring(start, end), 0));
    }

    void addCount(EasyJapaneseRule rule, Sentence sentence, int measured) {
        found.add(new EasyJapaneseFinding(rule, sentence.index(), sentence.start(), sentence.end(),
                text.substring(sentence.start(), sentence.end()), measured));
    }

    /** In the text's order: by sentence, then where they start, then in the order of the rules. */
    List<EasyJapaneseFinding> inOrder() {
        return found.stream()
                .sorted(Comparator.comparingInt(EasyJapaneseFinding::sentence)
                        .thenComparingInt(EasyJapaneseFinding::start)
                        .thenComparing(EasyJapaneseFinding::rule))
                .toList();
    }
}
