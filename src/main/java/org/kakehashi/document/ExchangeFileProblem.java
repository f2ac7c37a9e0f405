package org.kakehashi.document;

import org.kakehashi.platform.problem.DomainProblem;

/**
 * A translation that cannot be taken back, from an exchange file or the editor: another job's, in other languages,
 * with a segment left untranslated or its inline codes not those of the source. The problem names the segment, so
 * the translator finds it in the CAT tool or the editor.
 */
public class ExchangeFileProblem extends DomainProblem {

    private ExchangeFileProblem(String key, String field, Object... arguments) {
        super(Kind.INVALID, key, field, arguments);
    }

    static ExchangeFileProblem unknownFormat(String field, String name) {
        return new ExchangeFileProblem("xliff.unknown-format", field, name);
    }

    static ExchangeFileProblem unknownVersion(String version) {
        return new ExchangeFileProblem("xliff.unknown-version", "xliff", String.valueOf(version));
    }

    static ExchangeFileProblem broken() {
        return new ExchangeFileProblem("xliff.broken", "xliff");
    }

    static ExchangeFileProblem otherJob(String expected, String found) {
        return new ExchangeFileProblem("xliff.other-job", "xliff", expected, String.valueOf(found));
    }

    static ExchangeFileProblem otherLanguages(String expected, String found) {
        return new ExchangeFileProblem("xliff.other-languages", "xliff", expected, found);
    }

    /** @param field {@code xliff} for a file, {@code segments} for the editor's translation */
    static ExchangeFileProblem untranslated(String field, int missing, int total, String firstSegment) {
        return new ExchangeFileProblem("xliff.untranslated", field, missing, total, firstSegment);
    }

    static ExchangeFileProblem missingCode(String field, String segment, String code) {
        return new ExchangeFileProblem("xliff.code-missing", field, segment, code);
    }

    static ExchangeFileProblem unknownCode(String field, String segment, String code) {
        return new ExchangeFileProblem("xliff.code-unknown", field, segment, code);
    }

    static ExchangeFileProblem misorderedCode(String field, String segment, String code) {
        return new ExchangeFileProblem("xliff.code-order", field, segment, code);
    }
}
