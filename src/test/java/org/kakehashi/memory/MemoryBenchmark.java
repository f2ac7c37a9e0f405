package org.kakehashi.memory;

import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Looking up a 40-character Japanese segment in a memory of 500,000 segments, as the editor and the XLIFF do for
 * every segment: half the segments are last year's with a number or a word changed, half are new. The memory is
 * made of sentences drawn from a vocabulary of 30,000 words with Zipf's frequencies (a few words in most sentences,
 * most words in few), particles and endings, dates and era years, 20 to 60 characters long; the index lies on disk
 * (memory-mapped) as on a server. Prints the build time and the lookup's percentiles and writes them to
 * target/bench/memory.txt. Target: p95 ≤ 30 ms. Run: {@code ./mvnw -Pbench -DskipTests test}.
 */
public final class MemoryBenchmark {

    private static final int SEGMENTS = 500_000;
    private static final int WARMUP = Integer.getInteger("memory.warmup", 2_000);
    private static final int LOOKUPS = Integer.getInteger("memory.lookups", 5_000);
    private static final String[] PARTICLES = {"の", "は", "を", "に", "で", "と", "が", "から", "まで", "へ", "も"};
    private static final String[] ENDINGS = {"します。", "です。", "ください。", "しました。", "になります。", "できます。"};

    private final Random random = new Random(20261205);
    private final String[] vocabulary = new String[30_000];
    private final double[] cumulative = new double[vocabulary.length];

    private MemoryBenchmark() {
        double total = 0;
        for (int i = 0; i < vocabulary.length; i++) {
            int length = 1 + random.nextInt(3);
            StringBuilder word = new StringBuilder();
            for (int c = 0; c < length; c++) {
                word.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
            }
            vocabulary[i] = word.toString();
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
    }

    public static void main(String[] args) throws IOException {
        new MemoryBenchmark().run(Path.of("target", "bench", "memory-index"));
    }

    private void run(Path directory) throws IOException {
        deleteAll(directory);
        Provenance from = new Provenance(Provenance.Origin.DELIVERY, "2025-00001", "tax", "tanaka", "suzuki",
                LocalDate.of(2025, 10, 1));
        List<String> kept = new ArrayList<>();
        long started = System.nanoTime();
        try (MemoryIndex index = new MemoryIndex(FSDirectory.open(directory))) {
            for (int i = 0; i < SEGMENTS; i++) {
                String source = sentence(20 + random.nextInt(41));
                index.put(new RememberedPair("e" + i, "ja", "en", source, "translation " + i, from));
                if (source.length() >= 35 && source.length() <= 45 && kept.size() < LOOKUPS + WARMUP) {
                    kept.add(source);
                }
            }
            index.commit("m1", SEGMENTS);
            double buildSeconds = (System.nanoTime() - started) / 1e9;

            List<String> queries = new ArrayList<>();
            for (int i = 0; i < LOOKUPS + WARMUP; i++) {
                queries.add(i % 2 == 0 && i / 2 < kept.size() ? changed(kept.get(i / 2)) : sentence(40));
            }
            int found = 0;
            for (int i = 0; i < WARMUP; i++) {
                index.matches(queries.get(i), "ja", "en", 70, 5);
            }
            double[] millis = new double[LOOKUPS];
            for (int i = 0; i < LOOKUPS; i++) {
                long start = System.nanoTime();
                found += index.matches(queries.get(WARMUP + i), "ja", "en", 70, 5).isEmpty() ? 0 : 1;
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            Runtime runtime = Runtime.getRuntime();
            String report = String.format("""
                            memory: %,d ja→en segments, 20–60 characters; index %,d MB on disk, built in %.0f s
                            lookup of a 40-character segment (%,d lookups after %,d unmeasured, %,d found a match of \
                            70 %% or more): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, worst %.1f ms (target p95 ≤ 30 ms)
                            heap in use after the run: %,d MB; %d processors, load average %.2f
                            """, index.size(), sizeOf(directory) / (1024 * 1024), buildSeconds, LOOKUPS, WARMUP,
                    found, percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                    millis[millis.length - 1], (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024),
                    runtime.availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.print(report);
            Files.writeString(Path.of("target", "bench", "memory.txt"), report);
        }
        deleteAll(directory);
    }

    /** A sentence of about the length asked: words and particles, now and then a date, and an ending. */
    private String sentence(int length) {
        StringBuilder sentence = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sentence.append("令和").append(1 + random.nextInt(8)).append("年度");
        }
        while (sentence.length() < length - 5) {
            if (random.nextInt(8) == 0) {
                sentence.append(1 + random.nextInt(12)).append("月").append(1 + random.nextInt(28)).append("日");
            } else {
                sentence.append(word());
            }
            sentence.append(PARTICLES[random.nextInt(PARTICLES.length)]);
        }
        return sentence.append(ENDINGS[random.nextInt(ENDINGS.length)]).toString();
    }

    /** Last year's sentence this year: a number changed, or a word. */
    private String changed(String sentence) {
        if (sentence.matches(".*\\d.*")) {
            return sentence.replaceFirst("\\d+", Integer.toString(1 + random.nextInt(28)));
        }
        int at = random.nextInt(sentence.length() - 4);
        return sentence.substring(0, at) + word() + sentence.substring(at + 1);
    }

    private String word() {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[Math.min(found < 0 ? -found - 1 : found, vocabulary.length - 1)];
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteAll(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }
}
