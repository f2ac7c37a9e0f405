package org.kakehashi.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** {@link InvalidFields}: 400 with every field's message in the caller's language. */
@Provider
public class InvalidFieldsMapper implements ExceptionMapper<InvalidFields> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidFields exception) {
        Messages messages = ProblemResponses.messagesFor(headers);
        List<Problem.FieldError> errors = exception.fields().stream()
                .map(f -> new Problem.FieldError(f.field(), messages.format(f.messageKey(), f.arguments())))
                .toList();
        String fields = String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
        return ProblemResponses.build(400, ProblemResponses.type("invalid-input"),
                messages.format("problem.title.invalid"),
                messages.format("problem.invalid-fields", errors.size(), fields), uri, errors);
    }
}
