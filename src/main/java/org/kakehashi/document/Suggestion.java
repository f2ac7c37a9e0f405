package org.kakehashi.document;

/**
 * A translation offered for a segment in the exchange file, as CAT tools show matches: its source and target, its
 * score (100 for the same text), where it came from, and whether a machine wrote it (a draft, with no score).
 */
public record Suggestion(String source, String target, int score, String origin, boolean machine) {

    /** A match of the memory. */
    public Suggestion(String source, String target, int score, String origin) {
        this(source, target, score, origin, false);
    }

    /** A machine's draft of the segment. */
    public static Suggestion machine(String source, String draft, String engine) {
        return new Suggestion(source, draft, 0, "machine translation: " + engine, true);
    }
}
