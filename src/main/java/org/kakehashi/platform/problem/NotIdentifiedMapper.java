package org.kakehashi.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.NotIdentifiedException;

import java.util.List;

/** 401 for a caller who did not say who they are. */
@Provider
public class NotIdentifiedMapper implements ExceptionMapper<NotIdentifiedException> {

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(NotIdentifiedException exception) {
        Messages messages = ProblemResponses.messagesFor(headers);
        return ProblemResponses.build(401, ProblemResponses.type("not-identified"),
                messages.format("problem.http.401"),
                messages.format("problem.not-identified", CallerIdentification.USER_HEADER), uri, List.of());
    }
}
