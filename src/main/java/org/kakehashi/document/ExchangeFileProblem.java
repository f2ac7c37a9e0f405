package org.kakehashi.document;

import org.kakehashi.platform.problem.DomainProblem;

/**
 * A translated exchange file that cannot be taken back: another job's, in other languages, with a segment left
 * untranslated or its inline codes not those of the source. The problem names the segment, so the translator
 * finds it in the CAT tool.
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

    static ExchangeFileProblem untranslated(int missing, int total, String firstSegment) {
        return new ExchangeFileProblem("xliff.untranslated", "xliff", missing, total, firstSegment);
    }

    static ExchangeFileProblem missingCode(String segment, String code) {
        return new ExchangeFileProblem("xliff.code-missing", "xliff", segment, code);
    }

    static ExchangeFileProblem unknownCode(String segment, String code) {
        return new ExchangeFileProblem("xliff.code-unknown", "xliff", segment, code);
    }

    static ExchangeFileProblem misorderedCode(String segment, String code) {
        return new ExchangeFileProblem("xliff.code-order", "xliff", segment, code);
    }
}
