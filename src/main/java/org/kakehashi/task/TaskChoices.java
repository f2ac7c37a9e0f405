package org.kakehashi.task;

import java.util.List;

/**
 * What the list's filters offer: the steps present in the caller's worklist, and the languages the office
 * translates (a choice the database would have to find among every task's request and jobs on each page).
 */
public record TaskChoices(List<String> steps, List<String> targetLanguages) {
}
