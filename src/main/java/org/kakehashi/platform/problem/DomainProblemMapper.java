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

import java.time.Clock;
import java.util.ArrayList;
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
    @Inject
    ClientAddress clientAddress;
    @Inject
    Clock clock;

    @Override
    public Response toResponse(DomainProblem problem) {
        Messages messages = ProblemResponses.messagesFor(headers);
        if (problem.kind() == DomainProblem.Kind.FORBIDDEN) {
            refusals.fire(new AccessRefused(http.getUserPrincipal() == null ? null : http.getUserPrincipal().getName(),
                    clientAddress.of(http), http.getMethod() + " " + uri.getPath(), problem.messageKey()));
        }
        String detail = problem.detail(messages, clock.getZone());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (problem.field() != null) {
            errors.add(new Problem.FieldError(problem.field(), detail));
        }
        problem.details().forEach(point -> errors.add(new Problem.FieldError(point.name(),
                point.text(messages, clock.getZone()))));
        return ProblemResponses.build(problem.kind().status(), ProblemResponses.type(problem.messageKey()),
                messages.format("problem.title." + problem.kind().name().toLowerCase()), detail, uri, errors);
    }
}
