package org.kakehashi.interpreting;

/**
 * An interpreter the coordinator may book for a request's event.
 *
 * @param conflictingRequest when not free, the number of the booking within the travel buffer of the event
 */
public record InterpreterChoice(String username, String displayName, boolean free, String conflictingRequest) {
}
