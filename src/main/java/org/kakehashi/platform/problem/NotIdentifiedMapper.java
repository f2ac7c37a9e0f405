package org.kakehashi.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
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
        return ProblemResponses.build(401, ProblemResponses.type(exception.messageKey().replaceFirst("^problem\\.", "")),
                messages.format("problem.http.401"),
                messages.format(exception.messageKey()), uri, List.of());
    }
}
