package org.kakehashi.machine;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts a JSON body to a machine translation service and reads its JSON answer, or says in a
 * {@link MachineTranslationUnavailable} why there is none.
 */
final class JsonPost {

    private static final int EXCERPT = 200;

    private final String service;
    private final HttpClient client;
    private final Duration requestTimeout;

    /**
     * @param requestTimeout bounds the whole exchange, connecting and reading the answer included
     */
    JsonPost(String service, Duration connectTimeout, Duration requestTimeout) {
        this.service = service;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.requestTimeout = requestTimeout;
    }

    /**
     * @param headers names and values in turn, as {@link HttpRequest.Builder#headers(String...)} takes them
     */
    JsonValue send(URI uri, JsonObject body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() / 100 != 2) {
            throw unavailable("answered HTTP " + response.statusCode() + excerpt(response.body()), null);
        }
        try {
            return oneValue(response.body());
        } catch (RuntimeException e) {
            // Parsson refuses nesting deeper than its limit with a bare RuntimeException, not a JsonException
            throw unavailable("answered with malformed JSON", e);
        }
    }

    /** A parser, as JsonReader.readValue leaves text after the value unread and unrefused. */
    private static JsonValue oneValue(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new JsonParsingException("no value", parser.getLocation());
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonParsingException("text after the value", parser.getLocation());
            }
            return value;
        }
    }

    /**
     * {@link HttpRequest#timeout} alone ends with the answer's headers: a service that sends them and then
     * stalls would hold the caller, so the whole exchange is awaited for no longer than the timeout.
     */
    private HttpResponse<String> exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> answer =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw unavailable("did not answer within " + requestTimeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable("was not awaited: the thread was interrupted", e);
        } catch (ExecutionException e) {
            throw failed(e.getCause());
        }
    }

    private MachineTranslationUnavailable failed(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return unavailable("could not be reached", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return unavailable("did not answer within " + requestTimeout.toMillis() + " ms", cause);
        }
        if (cause instanceof IOException) {
            return unavailable("broke off the exchange: " + cause, cause);
        }
        return unavailable("could not be asked: " + cause, cause);
    }

    private MachineTranslationUnavailable unavailable(String what, Throwable cause) {
        return new MachineTranslationUnavailable(service + " " + what, cause);
    }

    private static String excerpt(String body) {
        String line = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return "";
        }
        return ": " + (line.length() > EXCERPT ? line.substring(0, EXCERPT) + "…" : line);
    }
}
