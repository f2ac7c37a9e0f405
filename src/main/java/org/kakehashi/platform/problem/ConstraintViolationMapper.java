package org.kakehashi.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation refused the input: 400 naming each field. The messages come from the validator, which
 * interpolates them in the caller's language.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Messages messages = ProblemResponses.messagesFor(headers);
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
        return ProblemResponses.build(400, ProblemResponses.type("invalid-input"),
                messages.format("problem.title.invalid"),
                messages.format("problem.invalid-fields", errors.size(), fields), uri, errors);
    }

    /** The property path of the field: {@code text}, {@code targets[1]}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
