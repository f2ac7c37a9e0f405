package org.kakehashi.terms;

import org.kakehashi.terms.CsvHeadings.Column;
import org.kakehashi.terms.CsvHeadings.Field;
import org.kakehashi.terms.CsvHeadings.Kind;
import org.kakehashi.terms.TermbaseCsv.Problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a termbase spreadsheet read as a concept. A cell with a problem gives the concept nothing: a term
 * whose status or part of speech is not understood is left out rather than stored with a guess.
 */
final class CsvRow {

    private static final int MAX_LENGTH = 500;

    private static final Map<String, TermStatus> STATUSES = Map.of("preferred", TermStatus.PREFERRED,
            "推奨", TermStatus.PREFERRED, "admitted", TermStatus.ADMITTED, "許容", TermStatus.ADMITTED,
            "forbidden", TermStatus.FORBIDDEN, "禁止", TermStatus.FORBIDDEN);
    private static final Map<String, String> PARTS_OF_SPEECH = Map.of("名詞", "noun", "動詞", "verb",
            "形容詞", "adjective", "副詞", "adverb", "固有名詞", "properNoun", "その他", "other");

    private final List<String> cells;
    private final List<Problem> problems = new ArrayList<>();

    private CsvRow(List<String> cells) {
        this.cells = cells;
    }

    record Read(Concept concept, List<Problem> problems) {
    }

    static Read of(List<String> cells, CsvHeadings headings) {
        return new CsvRow(cells).read(headings);
    }

    private Read read(CsvHeadings headings) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        for (Column column : headings.fields()) {
            String text = cell(column);
            if (!text.isEmpty() && fits(column, text)) {
                fields.put(column.field(), text);
            }
        }
        List<TermForm> terms = new ArrayList<>();
        for (Column column : headings.terms()) {
            String text = cell(column);
            if (text.isEmpty()) {
                continue;
            }
            int problemsBefore = problems.size();
            fits(column, text);
            TermStatus status = status(headings.of(column.language(), Kind.STATUS));
            String partOfSpeech = partOfSpeech(headings.of(column.language(), Kind.PART_OF_SPEECH));
            if (problems.size() == problemsBefore) {
                terms.add(new TermForm(column.language(), text, partOfSpeech, status));
            }
        }
        if (headings.terms().stream().allMatch(column -> cell(column).isEmpty())) {
            problems.add(new Problem(null, "terms.csv-no-term"));
        }
        return new Read(new Concept(fields.get(Field.CONCEPT_ID), fields.get(Field.SUBJECT_FIELD),
                fields.get(Field.DEFINITION), fields.get(Field.NOTE), fields.get(Field.SOURCE), terms), problems);
    }

    private boolean fits(Column column, String text) {
        if (text.length() > MAX_LENGTH) {
            problems.add(new Problem(column.heading(), "terms.csv-too-long", MAX_LENGTH));
            return false;
        }
        return true;
    }

    /** A term without a status is preferred: a spreadsheet lists the terms to use. Null when not understood. */
    private TermStatus status(Optional<Column> column) {
        String value = column.map(this::cell).orElse("");
        if (value.isEmpty()) {
            return TermStatus.PREFERRED;
        }
        TermStatus status = STATUSES.get(value.toLowerCase(Locale.ROOT));
        if (status == null) {
            problems.add(new Problem(column.get().heading(), "terms.csv-status", value));
        }
        return status;
    }

    /** Null when the cell is empty or not understood. */
    private String partOfSpeech(Optional<Column> column) {
        String value = column.map(this::cell).orElse("");
        if (value.isEmpty()) {
            return null;
        }
        Optional<String> known = TermForm.PARTS_OF_SPEECH.stream().filter(value::equalsIgnoreCase).findFirst()
                .or(() -> Optional.ofNullable(PARTS_OF_SPEECH.get(value)));
        if (known.isEmpty()) {
            problems.add(new Problem(column.get().heading(), "terms.csv-part-of-speech", value));
        }
        return known.orElse(null);
    }

    private String cell(Column column) {
        return column.index() < cells.size() ? cells.get(column.index()).strip() : "";
    }
}
