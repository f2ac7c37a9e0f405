package org.kakehashi.bench;

import org.kakehashi.document.DocumentCount;
import org.kakehashi.document.DocumentCounter;
import org.kakehashi.document.TestDocuments;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counting a 100-page Japanese Word document as the receipt endpoint does: told from its content, its text
 * extracted through Okapi, counted. A page is the usual Japanese A4 layout, 40 characters by 30 lines, filled from
 * the seed newsletter. Prints median and best times and allocation per run against the document's size, and writes
 * them to target/bench/document.txt. Target: under 2 s, in the 64 MiB heap the bench profile gives it.
 * Run: {@code ./mvnw -Pbench -DskipTests test}.
 */
public final class DocumentBenchmark {

    private static final int PAGES = 100;
    private static final int CHARACTERS_PER_PAGE = 40 * 30;
    private static final int WARMUP = 5;
    private static final int RUNS = 11;

    public static void main(String[] args) throws IOException {
        byte[] docx = TestDocuments.wordDocumentOf(paragraphsFor(PAGES * CHARACTERS_PER_PAGE));
        DocumentCounter counter = new DocumentCounter(new TextCounter(new CountingRates(2000, 400)));
        LanguageTag japanese = LanguageTag.of("ja");

        DocumentCount count = null;
        for (int i = 0; i < WARMUP; i++) {
            count = counter.count(docx, japanese, null);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] millis = new double[RUNS];
        long allocated = 0;
        for (int i = 0; i < RUNS; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            count = counter.count(docx, japanese, null);
            millis[i] = (System.nanoTime() - start) / 1e6;
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }
        Arrays.sort(millis);

        String report = String.format("""
                        document: %d pages, %,d bytes DOCX, %,d segments, %,d characters counted
                        count a 100-page DOCX: median %.1f ms, best %.1f ms (target < 2000 ms)
                        allocated %,d bytes per run (%,d per character counted), all of it garbage: \
                        the run fits a %,d MiB heap
                        """, PAGES, docx.length, count.segments(), count.receipt().characters(),
                millis[RUNS / 2], millis[0], allocated, allocated / count.receipt().characters(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.print(report);
        Path out = Path.of("target", "bench", "document.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static String[] paragraphsFor(int characters) throws IOException {
        List<String> lines;
        try (InputStream in = DocumentBenchmark.class.getResourceAsStream("/bench/seed-ja.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
        List<String> paragraphs = new ArrayList<>();
        int total = 0;
        for (int i = 0; total < characters; i++) {
            String line = lines.get(i % lines.size());
            paragraphs.add(line);
            total += line.length();
        }
        return paragraphs.toArray(String[]::new);
    }
}
