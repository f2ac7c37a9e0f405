package org.kakehashi.quality;

import java.util.Objects;

/**
 * One thing a check found in one segment.
 *
 * @param segment  the segment's id, such as {@code tu3:s1}
 * @param expected what the source says, as the source writes it: 令和8年10月29日, 1,500円
 * @param found    what the target has in its place, as the target writes it, or null when it has nothing
 */
public record Finding(FindingKind kind, String segment, String expected, String found) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(segment, "segment");
    }

    /** The same for the same finding in every round of a job, so an override of it can be remembered. */
    public String key() {
        return kind + ":" + segment + ":" + expected;
    }
}
