package org.kakehashi.terms;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entry as the termbase pages and the API show it. */
public record EntryView(UUID id, long version, String directoryKey, String subjectField, String definition,
                        String note, String source, List<TermView> terms, Instant changedAt, String changedBy,
                        boolean retired, String retirementReason) {

    /** A term; {@code fromDirectory} terms change only in the directory. */
    public record TermView(String language, String text, String partOfSpeech, TermStatus status,
                           boolean fromDirectory) {
    }

    static EntryView of(TermEntry entry) {
        Concept concept = entry.concept();
        List<TermView> terms = entry.terms().stream()
                .map(t -> new TermView(t.language().value(), t.text(), t.form().partOfSpeech(), t.status(),
                        t.fromDirectory()))
                .toList();
        return new EntryView(entry.id(), entry.version(), entry.directoryKey().orElse(null), concept.subjectField(),
                concept.definition(), concept.note(), concept.source(), terms, entry.changedAt(), entry.changedBy(),
                entry.retired(), entry.retirementReason().orElse(null));
    }

    /** What the audit keeps of an entry: its terms and description, long texts shortened. */
    public record Audited(String directoryKey, String subjectField, String definition, String note, String source,
                   List<String> terms, boolean retired) {

        static Audited of(TermEntry entry) {
            Concept concept = entry.concept();
            return new Audited(entry.directoryKey().orElse(null), concept.subjectField(),
                    shortened(concept.definition(), 500), shortened(concept.note(), 500), concept.source(),
                    entry.terms().stream()
                            .map(t -> t.language().value() + " " + t.status() + " " + shortened(t.text(), 80))
                            .toList(),
                    entry.retired());
        }

        private static String shortened(String text, int length) {
            return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
        }
    }
}
