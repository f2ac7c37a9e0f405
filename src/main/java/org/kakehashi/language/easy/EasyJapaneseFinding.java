package org.kakehashi.language.easy;

/**
 * What a rule found in a text: in the sentence numbered {@code sentence} (from 0, in the text's order), at
 * {@code start} (inclusive) to {@code end} in the text, as UTF-16 indexes like {@link String#substring(int, int)}
 * and a browser's string offsets. {@code found} is always the text between them: the word or form, or the whole
 * sentence for {@link EasyJapaneseRule#SENTENCE_LENGTH} and {@link EasyJapaneseRule#KANJI_COUNT}, whose
 * {@code measured} is the number of characters or kanji counted (0 for the other rules).
 */
public record EasyJapaneseFinding(EasyJapaneseRule rule, int sentence, int start, int end, String found,
                                  int measured) {
}
