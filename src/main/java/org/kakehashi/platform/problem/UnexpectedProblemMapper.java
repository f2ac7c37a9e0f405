package org.kakehashi.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not foreseen: logged with an incident id that the 500 problem names, so support can find it;
 * no stack trace ever reaches the caller. Foreseen: an unreachable database, 503 ({@link DatabaseUnavailable}), and
 * a change that met another at the same moment, 409 ({@link ConcurrentChange}).
 */
@Provider
public class UnexpectedProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class.getName());

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseUnavailable.causedBy(exception)) {
            LOG.warning(() -> "database unavailable: " + exception);
            return DatabaseUnavailable.answer(headers, uri);
        }
        if (ConcurrentChange.causedBy(exception)) {
            LOG.info(() -> "concurrent change: " + exception);
            return ConcurrentChange.answer(headers, uri);
        }
        return unexpected(exception, headers, uri);
    }

    static Response unexpected(Throwable exception, HttpHeaders headers, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        Messages messages = ProblemResponses.messagesFor(headers);
        return ProblemResponses.build(500, ProblemResponses.type("unexpected"),
                messages.format("problem.http.500"), messages.format("problem.unexpected", incident), uri,
                List.of());
    }
}
