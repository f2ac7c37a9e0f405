package org.kakehashi.terms;

import com.ibm.icu.util.ULocale;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.terms.TermbaseCsv.Problem;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first row of a termbase spreadsheet, naming its columns in English or Japanese: the concept's fields, and for
 * each language a column of terms headed by its language tag ({@code ja}, {@code zh-Hans}, or {@code term:ja}),
 * with optional columns for their status ({@code ja status}, {@code ja 状態}) and part of speech
 * ({@code ja partOfSpeech}, {@code ja 品詞}). Headings are compared after NFKC, so full-width letters, colons and
 * spaces typed in a Japanese spreadsheet count as their ASCII forms.
 */
final class CsvHeadings {

    /** A concept's own columns, and how a concept gives each. */
    enum Field {
        CONCEPT_ID("conceptId", "概念ID", Concept::id), SUBJECT_FIELD("subjectField", "分野", Concept::subjectField),
        DEFINITION("definition", "定義", Concept::definition), NOTE("note", "備考", Concept::note),
        SOURCE("source", "出典", Concept::source);

        private final String english;
        private final String japanese;
        private final Function<Concept, String> value;

        Field(String english, String japanese, Function<Concept, String> value) {
            this.english = english;
            this.japanese = japanese;
            this.value = value;
        }

        String of(Concept concept) {
            return value.apply(concept);
        }

        static Optional<Field> named(String heading) {
            for (Field field : values()) {
                if (field.english.equalsIgnoreCase(heading) || field.japanese.equalsIgnoreCase(heading)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    /** What a language's column holds. */
    enum Kind { TERM, STATUS, PART_OF_SPEECH }

    /** A column that is read: one of the concept's fields, or a language's terms, statuses or parts of speech. */
    record Column(int index, String heading, Field field, LanguageTag language, Kind kind) {

        /** What the column holds, the same for two columns that hold the same. */
        String holds() {
            return field != null ? field.name() : kind + " " + language;
        }
    }

    private static final Pattern TERM = Pattern.compile("(?:term|用語)\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_TERM = Pattern.compile("(.+?)\\s+(status|状態|partOfSpeech|品詞)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> LANGUAGES = Set.of(ULocale.getISOLanguages());

    private final List<Column> columns = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private CsvHeadings() {
    }

    static CsvHeadings of(List<String> headings) {
        CsvHeadings read = new CsvHeadings();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i).strip();
            if (heading.isEmpty()) {
                continue;
            }
            read.column(i, heading).ifPresent(column -> {
                if (seen.add(column.holds())) {
                    read.columns.add(column);
                } else {
                    read.problems.add(new Problem(heading, "terms.csv-heading-repeated", heading));
                }
            });
        }
        for (Column column : List.copyOf(read.columns)) {
            if (column.language() != null && column.kind() != Kind.TERM
                    && read.of(column.language(), Kind.TERM).isEmpty()) {
                read.columns.remove(column);
                read.problems.add(new Problem(column.heading(), "terms.csv-heading-without-term", column.heading(),
                        column.language().value()));
            }
        }
        return read;
    }

    private Optional<Column> column(int index, String heading) {
        String name = Normalizer.normalize(heading, Normalizer.Form.NFKC).strip();
        Optional<Field> field = Field.named(name);
        if (field.isPresent()) {
            return Optional.of(new Column(index, heading, field.get(), null, null));
        }
        Matcher term = TERM.matcher(name);
        if (term.matches()) {
            return language(heading, term.group(1)).map(tag -> new Column(index, heading, null, tag, Kind.TERM));
        }
        Matcher about = ABOUT_TERM.matcher(name);
        if (about.matches()) {
            Kind kind = about.group(2).equalsIgnoreCase("status") || about.group(2).equals("状態") ? Kind.STATUS
                    : Kind.PART_OF_SPEECH;
            return language(heading, about.group(1)).map(tag -> new Column(index, heading, null, tag, kind));
        }
        Optional<LanguageTag> language = knownLanguage(name);
        if (language.isEmpty()) {
            unknown.add(heading);
        }
        return language.map(tag -> new Column(index, heading, null, tag, Kind.TERM));
    }

    /** A heading that says it names a language must name one. */
    private Optional<LanguageTag> language(String heading, String tag) {
        try {
            return Optional.of(LanguageTag.of(tag.strip()));
        } catch (InvalidLanguageTagException e) {
            problems.add(new Problem(heading, "terms.csv-heading-language", heading));
            return Optional.empty();
        }
    }

    /**
     * A bare heading is a language's terms only when its language subtag is a language of ISO 639: a heading such
     * as "status" or "remarks" is well-formed as a tag, but is some other column of the office's.
     */
    private static Optional<LanguageTag> knownLanguage(String heading) {
        try {
            LanguageTag tag = LanguageTag.of(heading);
            return LANGUAGES.contains(tag.language()) ? Optional.of(tag) : Optional.empty();
        } catch (InvalidLanguageTagException e) {
            return Optional.empty();
        }
    }

    List<Column> fields() {
        return columns.stream().filter(column -> column.field() != null).toList();
    }

    List<Column> terms() {
        return columns.stream().filter(column -> column.kind() == Kind.TERM).toList();
    }

    Optional<Column> of(LanguageTag language, Kind kind) {
        return columns.stream().filter(column -> language.equals(column.language()) && column.kind() == kind)
                .findFirst();
    }

    List<String> unknown() {
        return List.copyOf(unknown);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }
}
