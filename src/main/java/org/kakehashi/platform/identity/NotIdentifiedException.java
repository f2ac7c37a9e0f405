package org.kakehashi.platform.identity;

/** The caller did not say who they are. */
public class NotIdentifiedException extends RuntimeException {

    public NotIdentifiedException() {
        super("caller not identified");
    }
}
