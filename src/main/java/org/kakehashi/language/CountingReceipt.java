package org.kakehashi.language;

/**
 * How much text there is, counted the way the office quotes work: Japanese and Chinese in characters without
 * whitespace (user-perceived characters: an emoji sequence or a letter with combining marks is one), other
 * languages in words, with the breakdown by kind of character, 400-character manuscript pages (原稿用紙) and
 * an estimate of working hours.
 *
 * @param unit            what the volume is counted in for this language
 * @param characters      characters without whitespace
 * @param words           words by ICU's word segmentation (dictionary-based for Chinese, Thai …); null for
 *                        Japanese, whose volume is its characters and whose segmentation would cost eight times
 *                        the counting itself
 * @param manuscriptPages 400-character pages, for texts counted in characters; 0 otherwise
 */
public record CountingReceipt(String language, Unit unit, long characters, Long words, Breakdown breakdown,
                              long manuscriptPages, double estimatedHours) {

    public enum Unit { CHARACTERS, WORDS }

    /**
     * The characters by kind. Latin words inside Japanese count as their letters in {@code latinLetters} (and
     * so in the characters), and as words in {@code latinWords}; digits are ASCII or full-width.
     */
    public record Breakdown(long kanji, long kana, long latinLetters, long latinWords, long digits,
                            long punctuation, long other) {
    }
}
