package org.kakehashi.terms;

import org.kakehashi.language.LanguageTag;

/** A term of a concept in one language, as exchange files carry it; {@code partOfSpeech} may be null. */
public record TermForm(LanguageTag language, String text, String partOfSpeech, TermStatus status) {
}
