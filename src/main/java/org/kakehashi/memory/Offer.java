package org.kakehashi.memory;

import java.util.List;

/**
 * What the memory offers for a segment: its matches, best first, and the translation to start from when one is
 * good enough — an exact match, or last year's with its numbers, dates and era years brought up to this year.
 *
 * @param prefill the translation to start from, or null
 * @param kind    how it was made, or null
 */
public record Offer(List<Match> matches, String prefill, Kind kind) {

    public enum Kind { EXACT, CONVERTED }
}
