package org.kakehashi.terms;

import java.util.List;

/**
 * A concept of the termbase with its terms in every language. The id is null for a concept not yet stored; a
 * blank text is no text, so a concept reads back from a file as it was written.
 */
public record Concept(String id, String subjectField, String definition, String note, String source,
                      List<TermForm> terms) {

    public Concept {
        id = blankToNull(id);
        subjectField = blankToNull(subjectField);
        definition = blankToNull(definition);
        note = blankToNull(note);
        source = blankToNull(source);
        terms = List.copyOf(terms);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
