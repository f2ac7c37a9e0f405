package org.kakehashi.machine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on a free local port that keeps each request it receives and answers as the test says.
 * Requests' JSON is read with Jackson, independently of the clients' JSON-P.
 */
final class FakeTranslationService implements AutoCloseable {

    record Request(String method, String path, String contentType, String authorization, JsonNode body) {
    }

    record Reply(int status, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private FakeTranslationService(Handler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                handler.handle(exchange, received(exchange), closing);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    static FakeTranslationService answering(Function<Request, Reply> answer) {
        return new FakeTranslationService((exchange, request, closing) -> {
            Reply reply = answer.apply(request);
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
        });
    }

    static FakeTranslationService answeringWith(int status, String body) {
        return answering(request -> new Reply(status, body));
    }

    /** Answers nothing until the test ends. */
    static FakeTranslationService silent() {
        return new FakeTranslationService((exchange, request, closing) -> closing.await());
    }

    /** Sends the status, headers and the start of a body, then nothing more until the test ends. */
    static FakeTranslationService stallingInTheBody() {
        return new FakeTranslationService((exchange, request, closing) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write("{\"translations\": [".getBytes(StandardCharsets.UTF_8));
            body.flush();
            closing.await();
        });
    }

    URI base() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    List<Request> requests() {
        return requests;
    }

    private Request received(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), JSON.readTree(text));
        requests.add(request);
        return request;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    @FunctionalInterface
    private interface Handler {
        void handle(HttpExchange exchange, Request request, CountDownLatch closing)
                throws IOException, InterruptedException;
    }
}
