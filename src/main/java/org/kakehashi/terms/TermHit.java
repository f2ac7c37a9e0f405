package org.kakehashi.terms;

import java.util.List;
import java.util.UUID;

/**
 * A term of the termbase found in a text, at {@code start} (inclusive) to {@code end}, with the terms its entry
 * has in the target language: those to use and those never to write.
 */
public record TermHit(int start, int end, String text, UUID entry, TermStatus status, List<String> preferred,
                      List<String> forbidden) {
}
