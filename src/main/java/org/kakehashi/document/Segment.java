package org.kakehashi.document;

/**
 * A sentence of a text unit: its id in the source ({@code tu3:s2}), its text, and its text with the inline codes
 * as tags ({@code <g1>10月29日</g1>}), which a translation must keep.
 */
public record Segment(String id, String text, String tagged) {
}
