package org.kakehashi.memory;

import java.util.List;

/**
 * A translation the memory offers for a segment, source and target with their tags ({@code <g1>…</g1>}).
 *
 * @param score          100 for the same text, less for a fuzzy match
 * @param changes        the numbers and dates the remembered segment has where the new one has others
 * @param sameButNumbers whether the segments differ in their numbers and dates only
 */
public record Match(String entry, int score, String source, String target, Provenance from,
                    List<NumberChange> changes, boolean sameButNumbers) {

    public boolean exact() {
        return score == 100;
    }
}
