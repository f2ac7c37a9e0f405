package org.kakehashi.task;

import java.util.List;

/** The steps and target languages present in the caller's worklist: what the list's filters offer. */
public record TaskChoices(List<String> steps, List<String> targetLanguages) {
}
