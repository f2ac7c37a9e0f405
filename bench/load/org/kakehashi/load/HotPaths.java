package org.kakehashi.load;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a Flight Recorder recording of the server spent its time: of the CPU samples, and of the time blocked
 * reading from the database socket, the share under each of Kakehashi's and Camunda's command methods (a method
 * counts once per sample however deep it recurses). {@code java … HotPaths recording.jfr [top]}
 */
public final class HotPaths {

    private static final String[] OURS = {"org.kakehashi.", "org.camunda.bpm.engine.impl.cmd."};

    private final Map<String, Long> cpu = new HashMap<>();
    private final Map<String, Long> database = new HashMap<>();
    private long cpuSamples;
    private long databaseNanos;

    public static void main(String[] args) throws IOException {
        HotPaths paths = new HotPaths();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            paths.add(event);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        paths.print("CPU samples", paths.cpu, paths.cpuSamples, top);
        paths.print("database socket reads (ms)", paths.database, paths.databaseNanos, top);
    }

    private void add(RecordedEvent event) {
        if (event.getStackTrace() == null) {
            return;
        }
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> {
                cpuSamples++;
                count(event, cpu, 1);
            }
            case "jdk.SocketRead" -> {
                long nanos = event.getDuration().toNanos();
                databaseNanos += nanos;
                count(event, database, nanos);
            }
            default -> {
            }
        }
    }

    private static void count(RecordedEvent event, Map<String, Long> into, long weight) {
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            for (String prefix : OURS) {
                if (method.startsWith(prefix) && seen.add(method)) {
                    into.merge(method, weight, Long::sum);
                }
            }
        }
    }

    private void print(String title, Map<String, Long> counts, long total, int top) {
        boolean nanos = counts == database;
        System.out.printf("%n== %s: %d in all ==%n", title, nanos ? total / 1_000_000 : total);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(top)
                .forEach(e -> System.out.printf("%5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
