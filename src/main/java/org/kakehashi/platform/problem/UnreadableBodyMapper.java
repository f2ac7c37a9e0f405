package org.kakehashi.platform.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A body that is not the JSON the endpoint expects (malformed, wrong types, unknown enum values): 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProcessingException exception) {
        Messages messages = ProblemResponses.messagesFor(headers);
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                String detail = messages.format("problem.body-too-large", tooLarge.limitInMebibytes());
                return ProblemResponses.build(413, ProblemResponses.type("http-413"),
                        messages.format("problem.http.413"), detail, uri,
                        List.of(new Problem.FieldError("body", detail)));
            }
        }
        return ProblemResponses.build(400, ProblemResponses.type("unreadable-body"),
                messages.format("problem.title.invalid"), messages.format("problem.unreadable-body"), uri,
                List.of(new Problem.FieldError("body", messages.format("problem.unreadable-body"))));
    }
}
