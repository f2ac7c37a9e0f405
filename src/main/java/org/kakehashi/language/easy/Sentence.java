package org.kakehashi.language.easy;

/**
 * One sentence of a text: its number (from 0), its place in the text ({@code start} inclusive to {@code end},
 * without the whitespace around it), the text to analyse — the sentence's own characters with each reading in
 * brackets after a kanji (住民税（じゅうみんぜい）) blanked out, so that offsets stay those of the text — and whether
 * it was closed by a full stop, an exclamation or a question mark rather than by a line break or the text's end.
 */
record Sentence(int index, int start, int end, String analysed, boolean closed) {
}
