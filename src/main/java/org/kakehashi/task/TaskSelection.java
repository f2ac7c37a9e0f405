package org.kakehashi.task;

/** Which tasks of the caller's worklist to show, in what order, and which page of them. */
public record TaskSelection(String group, TaskFilter filter, TaskOrder order, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    int offset() {
        return page * size;
    }
}
