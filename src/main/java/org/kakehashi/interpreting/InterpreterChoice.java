package org.kakehashi.interpreting;

/**
 * An interpreter the coordinator may book for a request's event.
 *
 * @param away               away on a day of the event, so not free
 * @param conflictingRequest when not free for another booking, the number of the booking within the travel buffer
 *                           of the event
 */
public record InterpreterChoice(String username, String displayName, boolean free, boolean away,
                                String conflictingRequest) {
}
