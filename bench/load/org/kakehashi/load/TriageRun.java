package org.kakehashi.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinator accepts the triage of requests on the server that did not take them: reads a ledger of
 * submissions ({@link Ledger}), lists the open triage tasks, and claims and completes up to {@code limit} of them,
 * each on the other server. Prints the count of each answer status. Arguments as {@link LoadRun}'s:
 * {@code base=A,B user=emily password=… ledger=… limit=150}; {@code tasks=} is the list asked for, by default
 * the first 200 unclaimed triage tasks.
 */
public final class TriageRun {

    /** A task of the list: an object without nested objects, its properties in any order. */
    private static final Pattern TASK = Pattern.compile("\\{[^{}]*\\}");

    public static void main(String[] arguments) throws Exception {
        Map<String, String> args = new TreeMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            args.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Session> sessions = new ArrayList<>();
        for (String base : args.get("base").split(",")) {
            sessions.add(Session.logIn(http, URI.create(base + "/api/"), args.get("user"), args.get("password")));
        }
        Map<String, Integer> submittedOn = submittedOn(Path.of(args.get("ledger")));
        String list = http.send(sessions.get(0).request(args.getOrDefault("tasks",
                "tasks?step=triageRequest&urgency=unclaimed&size=200")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int limit = Integer.parseInt(args.getOrDefault("limit", "100"));
        Matcher task = TASK.matcher(list);
        while (limit > 0 && task.find()) {
            String id = property(task.group(), "id");
            Integer node = submittedOn.get(property(task.group(), "requestNumber"));
            if (node == null || !"triageRequest".equals(property(task.group(), "taskKey"))) {
                continue;
            }
            Session other = sessions.get((node + 1) % sessions.size());
            statuses.merge(post(http, other, "tasks/" + id + "/claim", ""), 1, Integer::sum);
            statuses.merge(post(http, other, "tasks/" + id + "/complete", "{\"outcome\":\"accept\"}"), 1,
                    Integer::sum);
            limit--;
        }
        System.out.println("triage on the other node\t" + statuses);
    }

    private static String property(String object, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(object);
        return value.find() ? value.group(1) : null;
    }

    /** Request number → index of the server that answered its submission with 2xx. */
    private static Map<String, Integer> submittedOn(Path ledger) throws IOException {
        Map<String, Integer> nodes = new HashMap<>();
        for (String line : Files.readAllLines(ledger)) {
            String[] fields = line.split(" ");
            if (fields[3].startsWith("2")) {
                nodes.put(fields[4], Integer.parseInt(fields[1]));
            }
        }
        return nodes;
    }

    private static int post(HttpClient http, Session session, String path, String body)
            throws IOException, InterruptedException {
        return http.send(session.request(path).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
