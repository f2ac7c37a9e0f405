package org.kakehashi.platform.problem;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kakehashi.platform.identity.ClientAddress;

import java.util.List;

/** A rule of the domain said no: 400, 403, 404 or 409, with the rule explained in the caller's language. */
@Provider
public class DomainProblemMapper implements ExceptionMapper<DomainProblem> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;
    @Context
    HttpServletRequest http;
    @Inject
    Event<AccessRefused> refusals;

    @Override
    public Response toResponse(DomainProblem problem) {
        Messages messages = ProblemResponses.messagesFor(headers);
        int status = switch (problem.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
        };
        if (problem.kind() == DomainProblem.Kind.FORBIDDEN) {
            refusals.fire(new AccessRefused(http.getUserPrincipal() == null ? null : http.getUserPrincipal().getName(),
                    ClientAddress.of(http), http.getMethod() + " " + uri.getPath(), problem.messageKey()));
        }
        String detail = messages.format(problem.messageKey(), problem.arguments());
        List<Problem.FieldError> errors = problem.field() == null
                ? List.of()
                : List.of(new Problem.FieldError(problem.field(), detail));
        return ProblemResponses.build(status, ProblemResponses.type(problem.messageKey()),
                messages.format("problem.title." + problem.kind().name().toLowerCase()), detail, uri, errors);
    }
}
