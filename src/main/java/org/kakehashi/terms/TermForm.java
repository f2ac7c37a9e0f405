package org.kakehashi.terms;

import org.kakehashi.language.LanguageTag;

import java.util.List;
import java.util.Objects;

/**
 * A term that names a concept in one language, with its part of speech (one of TBX-Basic's, or null) and its
 * status.
 */
public record TermForm(LanguageTag language, String text, String partOfSpeech, TermStatus status) {

    /** TBX-Basic's parts of speech; {@code properNoun} is TBX-Basic 2008's and is kept for files from it. */
    public static final List<String> PARTS_OF_SPEECH = List.of("noun", "verb", "adjective", "adverb", "properNoun",
            "other");

    public TermForm {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a term has text");
        }
        if (partOfSpeech != null && partOfSpeech.isBlank()) {
            partOfSpeech = null;
        }
        if (partOfSpeech != null && !PARTS_OF_SPEECH.contains(partOfSpeech)) {
            throw new IllegalArgumentException("not a part of speech of TBX-Basic: " + partOfSpeech);
        }
    }
}
