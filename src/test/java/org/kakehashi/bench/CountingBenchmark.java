package org.kakehashi.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * Counting 1 MiB of Japanese (the seed newsletter page, repeated): the receipt against the bare ICU
 * grapheme-cluster loop it is built on, and, for scale, that loop plus ICU's dictionary word segmentation, which
 * the receipt leaves out for Japanese.
 * Prints median and best times, allocation per run, the ratios, and writes them to target/bench/counting.txt.
 * Run: {@code ./mvnw -Pbench -DskipTests test}.
 */
public final class CountingBenchmark {

    private static final int WARMUP = 15;
    private static final int RUNS = 31;

    public static void main(String[] args) throws IOException {
        String text = oneMebibyteOfJapanese();
        LanguageTag japanese = LanguageTag.of("ja");
        TextCounter counter = new TextCounter(new CountingRates(2000, 400));

        Result graphemes = measure("bare grapheme loop", text, CountingBenchmark::bareGraphemeLoop);
        Result both = measure("bare grapheme + word loops", text, t -> bareGraphemeLoop(t) + bareWordLoop(t));
        Result receipt = measure("counting receipt", text, t -> counter.count(t, japanese).characters());

        StringBuilder report = new StringBuilder()
                .append(String.format("text: %,d UTF-8 bytes, %,d chars%n", text.getBytes(StandardCharsets.UTF_8).length,
                        text.length()))
                .append(graphemes).append(both).append(receipt)
                .append(String.format("receipt / bare grapheme loop: median %.2f, best %.2f (target <= 1.20)%n",
                        receipt.median / graphemes.median, receipt.best / graphemes.best));
        System.out.print(report);
        Path out = Path.of("target", "bench", "counting.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static long bareGraphemeLoop(String text) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        long count = 0;
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE;
             start = end, end = graphemes.next()) {
            if (!Character.isWhitespace(text.codePointAt(start))) {
                count++;
            }
        }
        return count;
    }

    private static long bareWordLoop(String text) {
        RuleBasedBreakIterator words = (RuleBasedBreakIterator) BreakIterator.getWordInstance(ULocale.JAPANESE);
        words.setText(text);
        long count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }

    private record Result(String name, double median, double best, long allocatedBytes, long value) {
        @Override
        public String toString() {
            return String.format("%-28s median %8.1f ms  best %8.1f ms  allocated %,12d bytes/run  (count %,d)%n",
                    name, median, best, allocatedBytes, value);
        }
    }

    private static Result measure(String name, String text, ToLongFunction<String> work) {
        long value = 0;
        for (int i = 0; i < WARMUP; i++) {
            value = work.applyAsLong(text);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] millis = new double[RUNS];
        long allocated = 0;
        for (int i = 0; i < RUNS; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            value = work.applyAsLong(text);
            millis[i] = (System.nanoTime() - start) / 1e6;
            allocated = threads.getCurrentThreadAllocatedBytes() - before;
        }
        Arrays.sort(millis);
        return new Result(name, millis[RUNS / 2], millis[0], allocated, value);
    }

    private static String oneMebibyteOfJapanese() throws IOException {
        String seed;
        try (InputStream in = CountingBenchmark.class.getResourceAsStream("/bench/seed-ja.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < 1 << 20) {
            text.append(seed);
        }
        return text.toString();
    }
}
