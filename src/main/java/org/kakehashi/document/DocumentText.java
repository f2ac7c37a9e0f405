package org.kakehashi.document;

import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextDecoder;
import org.kakehashi.language.UndecodableTextException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text a translator would see in a file: the translatable segments of a document, one per line, or a plain
 * text file decoded from whatever encoding it came in.
 *
 * @param segments the segments Okapi found; null for plain text
 */
public record DocumentText(DocumentType type, String text, Integer segments) {

    /** @throws DocumentWithoutTextException for a file that holds no text to translate (an XLIFF file) */
    public static DocumentText of(byte[] file, LanguageTag language) {
        DocumentType type = new DocumentDetector().detect(file);
        if (DocumentTranslation.extracts(type)) {
            List<Segment> found = new DocumentTranslation().extract(file, type, language);
            return new DocumentText(type, found.stream().map(Segment::text).collect(Collectors.joining("\n")),
                    found.size());
        }
        if (type == DocumentType.TEXT) {
            try {
                return new DocumentText(type, new TextDecoder().decode(file).text(), null);
            } catch (UndecodableTextException e) {
                throw new RefusedDocumentException(RefusedDocumentException.Reason.UNKNOWN_FORMAT);
            }
        }
        throw new DocumentWithoutTextException(type);
    }
}
