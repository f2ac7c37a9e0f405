package org.kakehashi.request.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where the coordinator sends a job instead of where routing sent it, and why. */
public record RouteForm(@NotBlank @Size(max = 32) String translatorGroup,
                        @NotBlank @Size(max = 32) String reviewerGroup,
                        @NotBlank @Size(max = 500) String reason) {
}
