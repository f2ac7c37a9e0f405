package org.kakehashi.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The database cannot be reached — stopped, restarting, or cut off: a passing condition, not an incident. Nothing
 * was stored (the transaction could not commit), so the answer is 503 with {@code Retry-After}, and the same request
 * can be sent again; a submission sent again with its Idempotency-Key is made once.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE class 08 (connection exception), 57P01 to 57P03 (the database shutting down or starting). */
    private static final Pattern UNAVAILABLE = Pattern.compile("08...|57P0[1-3]");
    private static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** Whether a connection failure is among the exception's causes, or the failures suppressed along them. */
    public static boolean causedBy(Throwable exception) {
        return Causes.include(exception, failure -> failure instanceof SQLException sql && sql.getSQLState() != null
                && UNAVAILABLE.matcher(sql.getSQLState()).matches());
    }

    static Response answer(HttpHeaders headers, UriInfo uri) {
        return Response.status(503)
                .type(ProblemResponses.PROBLEM_JSON)
                .entity(problem(ProblemResponses.messagesFor(headers), uri.getRequestUri().getPath()))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** The same answer from outside JAX-RS, where a login session is read before any resource runs. */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        ServletProblems.write(response, problem(ServletProblems.messagesFor(request), request.getRequestURI()));
    }

    private static Problem problem(Messages messages, String instance) {
        return new Problem(ProblemResponses.type("database-unavailable"), messages.format("problem.http.503"), 503,
                messages.format("problem.database-unavailable"), instance, List.of());
    }
}
