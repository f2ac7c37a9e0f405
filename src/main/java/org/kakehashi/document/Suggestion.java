package org.kakehashi.document;

/**
 * A translation offered for a segment in the exchange file, as CAT tools show matches: its source and target, its
 * score (100 for the same text), and where it came from.
 */
public record Suggestion(String source, String target, int score, String origin) {
}
