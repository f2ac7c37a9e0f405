package org.kakehashi.interpreting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** A booked interpretation as the coordinator changes it: times in the event's own zone. */
public record BookingForm(@NotBlank @Size(max = 64) String interpreter, @NotNull LocalDateTime start,
                          @NotNull LocalDateTime end, @NotBlank @Size(max = 300) String place) {
}
