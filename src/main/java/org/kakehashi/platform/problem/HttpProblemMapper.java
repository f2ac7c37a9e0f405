package org.kakehashi.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** What JAX-RS itself refuses (unknown path, wrong method or media type, bad parameter) as problem+json. */
@Provider
public class HttpProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Messages messages = ProblemResponses.messagesFor(headers);
        Response original = exception.getResponse();
        int status = original.getStatus();
        String key = switch (status) {
            case 400, 401, 403, 404, 405, 406, 413, 415 -> "problem.http." + status;
            default -> status >= 500 ? "problem.http.500" : "problem.http.400";
        };
        Response.ResponseBuilder problem = Response.fromResponse(ProblemResponses.build(status,
                ProblemResponses.type("http-" + status), messages.format(key), null, uri, List.of()));
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(v -> problem.header(name, v));
            }
        });
        return problem.build();
    }
}
