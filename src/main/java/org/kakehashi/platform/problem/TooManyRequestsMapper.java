package org.kakehashi.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** 429 with {@code Retry-After}, explained in the caller's language. */
@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(TooManyRequestsException exception) {
        Messages messages = ProblemResponses.messagesFor(headers);
        long minutes = Math.max(1, (exception.retryAfterSeconds() + 59) / 60);
        return Response.fromResponse(ProblemResponses.build(429, ProblemResponses.type("too-many-requests"),
                        messages.format("problem.http.429"), messages.format("problem.too-many-requests", minutes),
                        uri, List.of()))
                .header("Retry-After", exception.retryAfterSeconds())
                .build();
    }
}
