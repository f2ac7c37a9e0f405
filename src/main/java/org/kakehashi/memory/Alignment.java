package org.kakehashi.memory;

import org.kakehashi.document.Segment;
import org.kakehashi.document.TranslatableText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A delivered translation paired with its source for the memory: unit by unit (a paragraph, a table cell, a line
 * of a text), and sentence by sentence where both sides of a unit have as many sentences. A translator who joined
 * two sentences into one leaves the unit remembered whole, which is still a match for next year's same paragraph.
 */
final class Alignment {

    record Pair(String source, String target) {
    }

    private Alignment() {
    }

    static List<Pair> of(TranslatableText source, TranslatableText translation) {
        Map<String, List<Segment>> sources = source.sentencesByUnit();
        Map<String, List<Segment>> targets = translation.sentencesByUnit();
        List<String> sourceUnits = new ArrayList<>(sources.keySet());
        List<String> targetUnits = new ArrayList<>(targets.keySet());
        boolean sameUnits = sourceUnits.equals(targetUnits);
        if (!sameUnits && sourceUnits.size() != targetUnits.size()) {
            return List.of();
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sourceUnits.size(); i++) {
            List<Segment> from = sources.get(sourceUnits.get(i));
            List<Segment> to = targets.get(sameUnits ? sourceUnits.get(i) : targetUnits.get(i));
            if (to == null || to.isEmpty() || from.isEmpty()) {
                continue;
            }
            if (from.size() == to.size()) {
                for (int s = 0; s < from.size(); s++) {
                    pairs.add(new Pair(from.get(s).text(), to.get(s).text()));
                }
            } else {
                pairs.add(new Pair(joined(from, source), joined(to, translation)));
            }
        }
        return pairs;
    }

    private static String joined(List<Segment> sentences, TranslatableText text) {
        return sentences.stream().map(Segment::text)
                .collect(Collectors.joining(TranslatableText.spaced(text.source()) ? " " : ""));
    }
}
