package org.kakehashi.language;

import org.kakehashi.platform.problem.DomainProblem;

/** A text file that cannot be read, or a text that cannot be written in the encoding asked for. */
public class TextFileProblem extends DomainProblem {

    private TextFileProblem(String messageKey, String field, Object... arguments) {
        super(Kind.INVALID, messageKey, field, arguments);
    }

    static TextFileProblem undecodable(UndecodableTextException e) {
        return new TextFileProblem("text-file.undecodable", "file", e.byteOffset(), e.charset());
    }

    static TextFileProblem unmappable(UnmappableCharactersException e) {
        return new TextFileProblem("text-file.unmappable", "text", e.charset().name(),
                String.join(" ", e.characters().stream().map(UnmappableCharacter::toString).toList()));
    }

    /** A file that reads as more than one plausible text, sent without saying which encoding it is in. */
    public static TextFileProblem encodingUnclear(String field, DecodedText decoded) {
        return new TextFileProblem("text-file.encoding-unclear", field, String.join("; ", decoded.candidates()
                .stream().map(candidate -> candidate.charset().name() + ": " + candidate.firstLine()).toList()));
    }

    public static TextFileProblem unknownCharset(String field, String name) {
        return new TextFileProblem("text-file.unknown-charset", field, name);
    }
}
