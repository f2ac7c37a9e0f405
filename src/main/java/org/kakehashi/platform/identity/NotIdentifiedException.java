package org.kakehashi.platform.identity;

/** The caller is not logged in, or could not log in: 401. */
public class NotIdentifiedException extends RuntimeException {

    private final String messageKey;

    public NotIdentifiedException() {
        this("problem.not-identified");
    }

    protected NotIdentifiedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** What the person is told: to log in, or that their login failed. */
    public String messageKey() {
        return messageKey;
    }
}
