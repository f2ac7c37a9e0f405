package org.kakehashi.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kakehashi.platform.SharedJsonb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * Problems answered outside JAX-RS — by a servlet filter or the authentication mechanism, before any resource
 * runs — in the same form and language as the API's own.
 */
public final class ServletProblems {

    private ServletProblems() {
    }

    public static Messages messagesFor(HttpServletRequest request) {
        return Messages.forPreferences(Collections.list(request.getLocales()));
    }

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(ProblemResponses.PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(SharedJsonb.instance().toJson(problem));
    }
}
