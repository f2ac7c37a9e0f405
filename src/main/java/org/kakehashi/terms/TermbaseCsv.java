package org.kakehashi.terms;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kakehashi.language.DecodedText;
import org.kakehashi.language.TextDecoder;
import org.kakehashi.language.UndecodableTextException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A termbase as an office keeps it in a spreadsheet saved as CSV (UTF-8 with or without a byte order mark, or
 * Shift_JIS as Excel saves it in Japan, told apart by the {@link TextDecoder}). The first row names the columns
 * ({@link CsvHeadings}); each further row is a concept, or more of one whose id an earlier row gave
 * ({@link ConceptRows}). Every problem is reported by row and column, so the office can fix the file in one go.
 */
public final class TermbaseCsv {

    /** A problem with a cell: its column's heading as the file writes it (null for the whole row), and why. */
    public record Problem(String column, String messageKey, Object... arguments) {

        public Problem {
            arguments = arguments.clone();
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Problem other && Objects.equals(column, other.column)
                    && messageKey.equals(other.messageKey) && Arrays.equals(arguments, other.arguments);
        }

        @Override
        public int hashCode() {
            return Objects.hash(column, messageKey, Arrays.hashCode(arguments));
        }

        @Override
        public String toString() {
            return "Problem[" + column + ", " + messageKey + ", " + Arrays.toString(arguments) + "]";
        }
    }

    /**
     * A row, numbered as the spreadsheet numbers it (the headings are row 1), with the concept as this row alone
     * gives it: a cell with a problem gives it nothing.
     */
    public record Row(int row, Concept concept, List<Problem> problems) {

        public Row {
            problems = List.copyOf(problems);
        }
    }

    private final List<Row> rows;
    private final List<Concept> concepts;
    private final CsvHeadings headings;

    private TermbaseCsv(List<Row> rows, List<Concept> concepts, CsvHeadings headings) {
        this.rows = List.copyOf(rows);
        this.concepts = concepts;
        this.headings = headings;
    }

    /**
     * @param chosenOrNull the encoding a person chose for a file that reads more than one way, or null
     * @throws TermbaseFileException when the file is not text, reads more than one way, is not CSV or is empty
     */
    public static TermbaseCsv read(byte[] file, Charset chosenOrNull) {
        List<List<String>> records = records(text(file, chosenOrNull));
        if (records.isEmpty()) {
            throw new TermbaseFileException("terms.csv-empty");
        }
        CsvHeadings headings = CsvHeadings.of(records.get(0));
        ConceptRows concepts = new ConceptRows(headings);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            CsvRow.Read read = CsvRow.of(cells, headings);
            List<Problem> problems = new ArrayList<>(read.problems());
            problems.addAll(concepts.add(i + 1, read.concept()));
            rows.add(new Row(i + 1, read.concept(), problems));
        }
        return new TermbaseCsv(rows, concepts.concepts(), headings);
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The concepts of the file, rows with the same concept id made one, in the order each first comes. Only when
     * no row and no heading has a problem are they the whole file.
     */
    public List<Concept> concepts() {
        return concepts;
    }

    /** Problems with the first row: a heading that names no language, a column twice, a status without terms. */
    public List<Problem> headingProblems() {
        return headings.problems();
    }

    /** Headings that are no column of a termbase, which may be an office's own column or a typo of one. */
    public List<String> unknownHeadings() {
        return headings.unknown();
    }

    private static String text(byte[] file, Charset chosen) {
        DecodedText decoded;
        try {
            TextDecoder decoder = new TextDecoder();
            decoded = chosen == null ? decoder.decode(file) : decoder.decode(file, chosen);
        } catch (UndecodableTextException e) {
            throw new TermbaseFileException("terms.csv-undecodable", e.byteOffset());
        }
        if (!decoded.certain()) {
            throw new TermbaseFileException("terms.csv-encoding-uncertain", decoded.candidates().stream()
                    .map(candidate -> candidate.charset().name()).toList().toString());
        }
        return decoded.text();
    }

    private static List<List<String>> records(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            List<List<String>> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
            return records;
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new TermbaseFileException("terms.csv-not-csv", String.valueOf(e.getMessage()));
        }
    }
}
