package org.kakehashi.task;

import java.util.List;

/**
 * One page of the caller's task list as filtered and sorted, with what the page shows beside it.
 *
 * @param total   the tasks that match the filter, on all pages
 * @param counts  over the caller's whole worklist, whatever the filter
 * @param choices the values the filters offer
 */
public record TaskPage(List<OpenTask> tasks, long total, int page, int size, TaskCounts counts,
                       TaskChoices choices) {
}
