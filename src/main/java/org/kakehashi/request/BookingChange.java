package org.kakehashi.request;

import java.time.ZonedDateTime;

/** A booked interpretation as the coordinator changes it: the interpreter, when and where. */
public record BookingChange(String interpreter, ZonedDateTime start, ZonedDateTime end, String place) {
}
