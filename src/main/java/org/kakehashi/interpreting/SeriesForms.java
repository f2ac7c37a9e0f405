package org.kakehashi.interpreting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kakehashi.request.api.SubmitRequestForm;

import java.time.LocalTime;

/** What the series endpoints take. */
public final class SeriesForms {

    private SeriesForms() {
    }

    /**
     * A repeating meeting: the first meeting's request as the staff form takes it, how often ({@code weekly},
     * {@code monthly}) and how many meetings in all. The request is checked on its own, its fields named as on the
     * single request's form.
     */
    public record NewSeries(@NotNull SubmitRequestForm request, @NotBlank @Size(max = 16) String frequency,
                     int count) {
    }

    public record Booking(@NotBlank @Size(max = 64) String interpreter) {
    }

    /** New hours (in the event's zone) and place for every meeting still to come. */
    public record Change(@NotBlank @Size(max = 64) String interpreter, @NotNull LocalTime start, @NotNull LocalTime end,
                  @NotBlank @Size(max = 300) String place) {
    }
}
