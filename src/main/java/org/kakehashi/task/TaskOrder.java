package org.kakehashi.task;

/** The orders of the task list; ties fall to the oldest task first. */
public enum TaskOrder {

    /** The task's own due date, the most pressing first. */
    DUE("due"),
    /** The date the requester wants the translation by, the earliest first. */
    WANTED_BY("wantedBy"),
    /** The oldest task first. */
    AGE("age");

    private final String parameter;

    TaskOrder(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code sort} query parameter. */
    public String parameter() {
        return parameter;
    }
}
