package org.kakehashi.task;

import java.time.Duration;

/** How pressing a task is, or whose it is: the task list's "show" filter and its counts. */
public enum Urgency {

    OVERDUE("overdue"),
    /** Due within {@link #SOON_WITHIN} from now, not yet overdue. */
    SOON("soon"),
    MINE("mine"),
    UNCLAIMED("unclaimed");

    public static final Duration SOON_WITHIN = Duration.ofDays(1);

    private final String parameter;

    Urgency(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code urgency} query parameter. */
    public String parameter() {
        return parameter;
    }
}
