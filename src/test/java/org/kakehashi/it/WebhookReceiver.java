package org.kakehashi.it;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real HTTP receiver in the test's JVM, as a city's document-management system would run one: it records every
 * post, answers 503 to as many as it is told to fail, and verifies signatures by the Standard Webhooks
 * specification on its own, not with Kakehashi's code.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Delivery(String id, long timestamp, String signature, String body, int answered) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/kakehashi", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int answer = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 503 : 204;
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                    Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/kakehashi";
    }

    /** The next posts, this many, are answered 503; a negative number fails every post until told otherwise. */
    void failNext(int posts) {
        failuresLeft.set(posts < 0 ? Integer.MAX_VALUE : posts);
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public List<Delivery> awaitDeliveries(Predicate<Delivery> which, int count, Duration patience)
            throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            List<Delivery> matching = deliveries.stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " deliveries within " + patience + "; received " + deliveries);
    }

    /** The signature the specification asks for: HMAC-SHA256 of id.timestamp.body keyed with the secret's bytes. */
    public static boolean signedWith(String secret, Delivery delivery) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.replaceFirst("^whsec_", "")), "HmacSHA256"));
            String content = delivery.id() + "." + delivery.timestamp() + "." + delivery.body();
            String expected = Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
            return List.of(delivery.signature().split(" ")).contains("v1," + expected);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
