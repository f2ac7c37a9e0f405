package org.kakehashi.task;

import java.util.Map;

/**
 * The caller's whole worklist counted: per step (task definition key), overdue, due within a day, unclaimed and
 * the caller's own.
 */
public record TaskCounts(Map<String, Long> steps, long overdue, long dueSoon, long unclaimed, long mine) {

    public long all() {
        return steps.values().stream().mapToLong(Long::longValue).sum();
    }
}
