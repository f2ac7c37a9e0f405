package org.kakehashi.task;

import org.kakehashi.language.LanguageTag;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestType;

/**
 * What the caller narrowed their task list to; a null component does not narrow it.
 *
 * @param step     the task's step (its task definition key)
 * @param language the job's target language, or for a task of the whole request one of its target languages
 */
public record TaskFilter(String step, RequestType type, LanguageTag language, Urgency urgency,
                         RequestNumber request) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null, null, null);

    public boolean narrows() {
        return !equals(NONE);
    }

    /** Whether the filter looks at the request behind the task, not only at the task. */
    boolean needsRequest() {
        return type != null || language != null;
    }
}
