package org.kakehashi.language.easy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * The everyday words of city notices that the check does not flag, read once from
 * {@code language/easy/everyday-words.txt} (see its header for where the words come from). Words are compared by
 * their NFKC form, so half-width ｺﾞﾐ is the listed ゴミ.
 */
final class EverydayWords {

    static final String RESOURCE = "/language/easy/everyday-words.txt";

    private final Set<String> words;

    private EverydayWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static EverydayWords load() {
        try (InputStream in = EverydayWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Set<String> words = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comment = line.indexOf('#');
                String content = comment < 0 ? line : line.substring(0, comment);
                for (String word : content.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(key(word));
                    }
                }
            }
            return new EverydayWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String word) {
        return words.contains(key(word));
    }

    int size() {
        return words.size();
    }

    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC);
    }
}
