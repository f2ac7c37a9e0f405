package org.kakehashi.request;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The reasons a coordinator chooses from to turn a request down ({@code request/rejection-reasons.txt}). */
@ApplicationScoped
public class RejectionReasons {

    private static final String LIST = "/request/rejection-reasons.txt";

    private final List<String> codes = load();

    public List<String> codes() {
        return codes;
    }

    /** @throws RequestProblem on the field {@code reason} when the code is not in the list */
    public String require(String code) {
        if (code == null || code.isBlank()) {
            throw RequestProblem.invalid("reason", "request.reason-missing");
        }
        if (!codes.contains(code.strip())) {
            throw RequestProblem.invalid("reason", "request.reason-unknown", code, String.join(", ", codes));
        }
        return code.strip();
    }

    private static List<String> load() {
        try (InputStream in = RejectionReasons.class.getResourceAsStream(LIST);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
