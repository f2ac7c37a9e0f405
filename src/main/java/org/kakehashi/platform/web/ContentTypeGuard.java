package org.kakehashi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.platform.problem.Problem;
import org.kakehashi.platform.problem.ServletProblems;

import java.io.IOException;
import java.util.List;

/**
 * A {@code Content-Type} header that is there but names no media type (empty, or {@code ;;}) gets a 415
 * problem+json naming the header: RESTEasy fails to parse it before any resource or exception mapper runs, and the
 * server would answer with its HTML error page.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ContentTypeGuard extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !isMediaType(contentType)) {
            Messages messages = ServletProblems.messagesFor(request);
            String detail = messages.format("problem.content-type-invalid", contentType);
            ServletProblems.write(response, new Problem("urn:kakehashi:problem:http-415",
                    messages.format("problem.http.415"), 415, detail, request.getRequestURI(),
                    List.of(new Problem.FieldError("Content-Type", detail))));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMediaType(String header) {
        if (header.isBlank()) {
            return false;
        }
        try {
            MediaType.valueOf(header);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
