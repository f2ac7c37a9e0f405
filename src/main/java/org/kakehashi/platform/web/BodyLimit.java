package org.kakehashi.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.kakehashi.platform.config.StartSettings;
import org.kakehashi.platform.problem.BodyTooLargeException;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.platform.problem.Problem;
import org.kakehashi.platform.problem.ServletProblems;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * A body over the limit ({@code kakehashi.max-body-size}, set by wildfly-config/undertow.cli) gets a 413
 * problem+json instead of reaching the application: at once when its length is declared, and when it is sent in
 * chunks, as soon as the reading passes the limit. The rest of the body is read and dropped so that the client,
 * still sending, receives the answer rather than a reset connection.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BodyLimit extends HttpFilter {

    @Inject
    StartSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = settings.maxBodySize();
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Bounded(request, limit), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                refuse(request, response, limit);
            }
        }
    }

    private static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        Messages messages = ServletProblems.messagesFor(request);
        String detail = messages.format("problem.body-too-large", mebibytes(limit));
        ServletProblems.write(response, new Problem("urn:kakehashi:problem:http-413",
                messages.format("problem.http.413"), 413, detail, request.getRequestURI(),
                List.of(new Problem.FieldError("body", detail))));
        response.flushBuffer();
        try (InputStream rest = request.getInputStream()) {
            rest.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException ignored) {
            // the client gave up sending; the answer is already on its way
        }
    }

    /** A request whose body stream stops at the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(mebibytes(limit));
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
