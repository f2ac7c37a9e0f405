package org.kakehashi.memory;

import org.kakehashi.language.CountingReceipt;

import java.util.Map;
import java.util.Optional;

/**
 * How much of a text for one target language the memory already holds, sentence by sentence: exact matches (the
 * same sentence), fuzzy ones (70–99 %, among them last year's with its numbers and dates changed) and new
 * sentences, each band's volume counted as the requester's text is.
 *
 * @param fromRequests   the matched sentences by the request their best match came from
 * @param numbersChanged whether a sentence matches but for its numbers, dates and era years
 */
public record Leverage(int exactSegments, int fuzzySegments, int newSegments, CountingReceipt.Unit unit,
                       long exactVolume, long fuzzyVolume, long newVolume, Map<String, Integer> fromRequests,
                       boolean numbersChanged) {

    public int segments() {
        return exactSegments + fuzzySegments + newSegments;
    }

    public long volume() {
        return exactVolume + fuzzyVolume + newVolume;
    }

    /** The earlier request most matched sentences came from. */
    public Optional<Map.Entry<String, Integer>> mostFrom() {
        return fromRequests.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()));
    }
}
