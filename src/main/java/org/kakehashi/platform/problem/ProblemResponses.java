package org.kakehashi.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Builds {@code application/problem+json} responses in the caller's language. */
final class ProblemResponses {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private ProblemResponses() {
    }

    static Messages messagesFor(HttpHeaders headers) {
        return Messages.forPreferences(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    static Response build(int status, String type, String title, String detail, UriInfo uri,
                          List<Problem.FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        return Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem(type, title, status, detail, instance, errors))
                .build();
    }

    static String type(String name) {
        return "urn:kakehashi:problem:" + name;
    }
}
