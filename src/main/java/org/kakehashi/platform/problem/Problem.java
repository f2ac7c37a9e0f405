package org.kakehashi.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** An RFC 9457 problem detail, with the invalid fields listed in {@code errors}. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
