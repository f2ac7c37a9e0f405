package org.kakehashi.machine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Texts sent in consecutive slices, none longer than a service accepts in one request, translations joined. */
final class Batches {

    private Batches() {
    }

    static List<String> translated(List<String> texts, int size, UnaryOperator<List<String>> translateBatch) {
        List<String> translations = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += size) {
            translations.addAll(translateBatch.apply(texts.subList(from, Math.min(from + size, texts.size()))));
        }
        return List.copyOf(translations);
    }
}
