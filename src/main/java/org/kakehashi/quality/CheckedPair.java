package org.kakehashi.quality;

/**
 * A segment of the source and its translation, each with its inline codes as tags ({@code <g1>…</g1>},
 * {@code <x2/>}); the translation is null or blank when the segment was not translated.
 */
public record CheckedPair(String segment, String source, String target) {
}
