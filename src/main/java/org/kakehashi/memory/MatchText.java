package org.kakehashi.memory;

import org.kakehashi.document.TaggedText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A segment's text as the memory compares it: width and case folded (ＡＢＣ１２ and abc12 are the same), and for
 * finding candidates its numbers replaced by one sign, so that 令和7年度 and 令和8年度, or 10月29日 and 11月5日,
 * look alike. Texts of languages written without spaces are compared by characters, the others by words.
 */
record MatchText(String folded, boolean byCharacter) {

    private static final Set<String> UNSPACED = Set.of("ja", "zh", "th", "lo", "km", "my");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}]+)*|\\S");

    /** @param text a segment's text, its tags ({@code <g1>}) if any left out */
    static MatchText of(String text, String language) {
        String folded = Normalizer.normalize(TaggedText.plain(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+", " ");
        return new MatchText(folded, UNSPACED.contains(language.toLowerCase(Locale.ROOT).split("-")[0]));
    }

    /** The units the score counts: characters, or words and punctuation marks. */
    List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        if (byCharacter) {
            folded.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> tokens.add(Character.toString(c)));
        } else {
            Matcher word = WORD.matcher(folded);
            while (word.find()) {
                tokens.add(word.group());
            }
        }
        return tokens;
    }

    /** The text with each number as {@code #}: what a segment of last year and this year's share. */
    String withoutNumbers() {
        return NUMBER.matcher(folded).replaceAll("#");
    }

    /**
     * The keys the index finds candidates by: overlapping pairs of characters (for Japanese and Chinese, whose words
     * are short) or triples (for the rest), of the text without its numbers.
     */
    Set<String> grams() {
        String text = withoutNumbers().replace(" ", "_");
        int size = byCharacter ? 2 : 3;
        Set<String> grams = new LinkedHashSet<>();
        int[] points = text.codePoints().toArray();
        if (points.length < size) {
            grams.add(text);
            return grams;
        }
        for (int i = 0; i + size <= points.length; i++) {
            grams.add(new String(points, i, size));
        }
        return grams;
    }
}
