package org.kakehashi.terms;

import org.kakehashi.language.LanguageTag;
import org.kakehashi.terms.CsvHeadings.Field;
import org.kakehashi.terms.CsvHeadings.Kind;
import org.kakehashi.terms.TermbaseCsv.Problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows that give the same concept id are one concept, so a spreadsheet can give a concept's second English term on
 * a row of its own. Each row adds its terms, in row order, and a field is the first row's that fills it. A later
 * row that fills a field differently, or repeats a term with another status or part of speech, has a problem, as
 * one of the two would otherwise be lost without anybody noticing. A row without an id is a concept of its own.
 */
final class ConceptRows {

    private record TermKey(LanguageTag language, String text) {
    }

    private static final class Group {
        private final Map<Field, String> fields = new EnumMap<>(Field.class);
        private final Map<Field, Integer> rowOf = new EnumMap<>(Field.class);
        private final Map<TermKey, TermForm> terms = new LinkedHashMap<>();
        private final Map<TermKey, Integer> termRow = new LinkedHashMap<>();

        Concept concept() {
            return new Concept(fields.get(Field.CONCEPT_ID), fields.get(Field.SUBJECT_FIELD),
                    fields.get(Field.DEFINITION), fields.get(Field.NOTE), fields.get(Field.SOURCE),
                    List.copyOf(terms.values()));
        }
    }

    private final CsvHeadings headings;
    private final Map<Object, Group> groups = new LinkedHashMap<>();

    ConceptRows(CsvHeadings headings) {
        this.headings = headings;
    }

    /** @return the problems of the row with the rows before it */
    List<Problem> add(int row, Concept concept) {
        Group group = groups.computeIfAbsent(concept.id() != null ? concept.id() : row, key -> new Group());
        List<Problem> problems = new ArrayList<>();
        for (Field field : Field.values()) {
            String value = field.of(concept);
            String earlier = group.fields.get(field);
            if (value == null) {
                continue;
            }
            if (earlier == null) {
                group.fields.put(field, value);
                group.rowOf.put(field, row);
            } else if (!earlier.equals(value)) {
                problems.add(new Problem(heading(field), "terms.csv-concept-differs", concept.id(),
                        group.rowOf.get(field)));
            }
        }
        for (TermForm term : concept.terms()) {
            TermKey key = new TermKey(term.language(), term.text());
            TermForm earlier = group.terms.putIfAbsent(key, term);
            if (earlier == null) {
                group.termRow.put(key, row);
            } else if (!earlier.equals(term)) {
                problems.add(new Problem(headings.of(term.language(), Kind.TERM).orElseThrow().heading(),
                        "terms.csv-term-differs", term.text(), concept.id(), group.termRow.get(key)));
            }
        }
        return problems;
    }

    List<Concept> concepts() {
        return groups.values().stream().map(Group::concept).toList();
    }

    private String heading(Field field) {
        return headings.fields().stream().filter(column -> column.field() == field).findFirst().orElseThrow()
                .heading();
    }
}
