package org.kakehashi.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A suspended or stopping WildFly refuses new requests with an empty 503 before they reach the application. This
 * Undertow filter, in front of the deployment, gives such an answer the body every other problem of the API has
 * (RFC 9457 {@code application/problem+json}), in the caller's language, with {@code Retry-After}. Answers that
 * carry a body of their own, such as the application's own 503 when the database is down, pass untouched.
 */
public final class SuspendedProblem implements HttpHandler {

    /** A rolling restart brings a node back, or the load balancer moves on, within this time. */
    private static final int RETRY_AFTER_SECONDS = 10;
    private static final List<String> LANGUAGES = List.of("en", "ja");

    private final HttpHandler next;

    public SuspendedProblem(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addDefaultResponseListener(SuspendedProblem::answerEmptyRefusal);
        next.handleRequest(exchange);
    }

    private static boolean answerEmptyRefusal(HttpServerExchange exchange) {
        if (exchange.getStatusCode() != StatusCodes.SERVICE_UNAVAILABLE || exchange.isResponseStarted()) {
            return false;
        }
        boolean japanese = "ja".equals(language(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE)));
        String body = "{\"type\":\"urn:kakehashi:problem:server-suspended\""
                + ",\"title\":\"" + (japanese ? "一時的に利用できません" : "Service unavailable") + "\""
                + ",\"status\":503"
                + ",\"detail\":\"" + (japanese
                ? "サーバーが一時停止中または再起動中のため、この依頼は受け付けておらず、何も保存されていません。しばらくしてからもう一度お試しください。"
                : "The server is pausing or restarting and did not take this request; nothing was stored. "
                + "Please try again in a few seconds.") + "\""
                + ",\"instance\":\"" + json(exchange.getRequestPath()) + "\""
                + ",\"errors\":[]}";
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, RETRY_AFTER_SECONDS);
        exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
        return true;
    }

    /** The caller's preferred language of the two the API speaks; English when none is named or the header is bad. */
    private static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            String chosen = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? "en" : chosen;
        } catch (IllegalArgumentException malformed) {
            return "en";
        }
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
