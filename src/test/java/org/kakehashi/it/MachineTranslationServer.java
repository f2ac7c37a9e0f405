package org.kakehashi.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server in the test's JVM that speaks LibreTranslate's API: {@code POST /translate} with a JSON
 * {@code q} array, {@code source} and {@code target}, answered {@code {"translatedText": [...]}}. Each text comes
 * back as {@code "MT: " + text}. It can be told to answer 500, or to say nothing for longer than a client waits.
 */
public final class MachineTranslationServer implements AutoCloseable {

    public enum Behaviour { TRANSLATES, FAILS, STALLS }

    /** What a client asked for. */
    public record Asked(String source, String target, List<String> texts) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour = Behaviour.TRANSLATES;

    public MachineTranslationServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/translate", exchange -> {
            JsonNode request;
            try (InputStream in = exchange.getRequestBody()) {
                request = JSON.readTree(in);
            }
            List<String> texts = new ArrayList<>();
            request.get("q").forEach(text -> texts.add(text.asText()));
            asked.add(new Asked(request.get("source").asText(), request.get("target").asText(), texts));
            if (behaviour == Behaviour.STALLS) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] answer = behaviour == Behaviour.FAILS
                    ? "{\"error\": \"the model is not loaded\"}".getBytes(StandardCharsets.UTF_8)
                    : JSON.writeValueAsBytes(Map.of("translatedText",
                            texts.stream().map(text -> "MT: " + text).toList()));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(behaviour == Behaviour.FAILS ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    public List<Asked> asked() {
        return List.copyOf(asked);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
