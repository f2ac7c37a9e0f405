package org.kakehashi.request;

/**
 * Fired in the change's transaction when a booked interpretation changed, with the interpreter booked before: the
 * same person hears of an update, another one that the booking is no longer theirs.
 */
public record BookingChanged(RequestNumber number, String previousInterpreter) {
}
