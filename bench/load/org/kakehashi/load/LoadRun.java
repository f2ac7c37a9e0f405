package org.kakehashi.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N clients, each a platform thread with its own blocking calls, send one kind of request until a request count
 * or a time limit is reached, after a warm-up of the same requests that is not measured. Prints one tab-separated
 * line: label, clients, answered, 2xx, requests/s, p50, p95, p99, max (ms), and the count of each status (0: no
 * answer). Arguments are {@code name=value}:
 * <pre>
 * base=http://127.0.0.1:8180[,http://127.0.0.1:8280]  servers, clients spread over them round robin
 * user=sato password=…                                 who logs in (once per server, the session shared)
 * method=POST path=requests body={…}                   the request, under /api/
 * clients=8 requests=2000 seconds=60 warmup=200        bounds
 * idempotency=true ledger=target/bench/x.ledger        an Idempotency-Key per submission, answers recorded
 * label=…
 * </pre>
 */
public final class LoadRun {

    private static final Pattern REQUEST_NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, String> args;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Latencies latencies = new Latencies();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Ledger ledger;
    /** The session on each server, replaced when a server answers 401 because it forgot it (a restart). */
    private final List<Session> sessions = new ArrayList<>();

    private LoadRun(Map<String, String> args) {
        this.args = args;
        this.ledger = args.containsKey("ledger") ? Ledger.at(java.nio.file.Path.of(args.get("ledger"))) : Ledger.none();
    }

    public static void main(String[] arguments) throws Exception {
        Map<String, String> args = new TreeMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            args.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        try {
            new LoadRun(args).run();
        } catch (IOException | IllegalStateException e) {
            System.err.println("no run: cannot log in at " + args.get("base") + ": " + e);
            System.exit(1);
        }
    }

    private void run() throws Exception {
        for (String base : args.get("base").split(",")) {
            sessions.add(Session.logIn(http, URI.create(base + "/api/"), args.get("user"), args.get("password")));
        }
        int clients = Integer.parseInt(args.getOrDefault("clients", "1"));
        phase(clients, Integer.parseInt(args.getOrDefault("warmup", "0")), false);
        statuses.clear();
        long start = System.nanoTime();
        phase(clients, Integer.parseInt(args.getOrDefault("requests", "1000")), true);
        double seconds = (System.nanoTime() - start) / 1e9;
        ledger.close();
        long succeeded = statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2)
                .mapToLong(e -> e.getValue().sum()).sum();
        long answered = statuses.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf("%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%s%n", args.getOrDefault("label", "run"),
                clients, answered, succeeded, succeeded / seconds, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.percentileMillis(100),
                new TreeMap<>(statuses));
    }

    private void phase(int clients, int requests, boolean measured)
            throws InterruptedException {
        if (requests == 0) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args.getOrDefault("seconds", "300")))
                .toNanos();
        AtomicInteger remaining = new AtomicInteger(requests);
        Thread[] threads = new Thread[clients];
        for (int i = 0; i < clients; i++) {
            int node = i % sessions.size();
            threads[i] = new Thread(() -> {
                while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                    call(node, measured);
                }
            }, "client-" + i);
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void call(int node, boolean measured) {
        Session session = session(node);
        String key = UUID.randomUUID().toString();
        HttpRequest.Builder request = session.request(args.get("path")).timeout(Duration.ofSeconds(30));
        if (args.getOrDefault("method", "GET").equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(args.getOrDefault("body", "")));
        }
        if (Boolean.parseBoolean(args.get("idempotency"))) {
            request.header("Idempotency-Key", key);
        }
        long start = System.nanoTime();
        int status;
        String number = null;
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = answer.statusCode();
            Matcher found = REQUEST_NUMBER.matcher(answer.body());
            number = status / 100 == 2 && found.find() ? found.group(1) : null;
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long elapsed = System.nanoTime() - start;
        ledger.record(node, key, status, number);
        if (measured) {
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            if (status / 100 == 2) {
                latencies.add(elapsed);
            }
        }
        if (status == 0 || status == 503) {
            pause();
        } else if (status == 401) {
            logInAgain(node, session);
        }
    }

    private synchronized Session session(int node) {
        return sessions.get(node);
    }

    /** As a person would after their server restarted: log in again, once for all clients of that server. */
    private synchronized void logInAgain(int node, Session forgotten) {
        if (sessions.get(node) != forgotten) {
            return;
        }
        try {
            sessions.set(node, Session.logIn(http, forgotten.api(), args.get("user"), args.get("password")));
        } catch (IOException | IllegalStateException e) {
            pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A server that is down or suspended refuses at once: without a pause the clients would spin. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
