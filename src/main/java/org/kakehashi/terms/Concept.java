package org.kakehashi.terms;

import java.util.List;

/** A termbase entry as exchange files carry it: one concept and its terms; {@code id} is null for a new one. */
public record Concept(String id, String subjectField, String definition, String note, String source,
                      List<TermForm> terms) {
}
