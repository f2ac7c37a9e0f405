package org.kakehashi.document;

import org.kakehashi.language.DecodedText;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextDecoder;
import org.kakehashi.language.UndecodableTextException;

import java.nio.charset.Charset;

/**
 * The text a translator would see in a file: the translatable units of a document, one per line, or a plain
 * text file decoded from whatever encoding it came in.
 *
 * @param segments the sentences of the document's units; null for plain text
 * @param decoded  how a plain text file was decoded, which may be uncertain; null for other formats
 */
public record DocumentText(DocumentType type, String text, Integer segments, DecodedText decoded) {

    /** @throws DocumentWithoutTextException for a file that holds no text to translate (an XLIFF file) */
    public static DocumentText of(byte[] file, LanguageTag language) {
        return of(file, language, null);
    }

    /**
     * @param declared the encoding the person chose for a plain text file, or null to detect it
     * @throws DocumentWithoutTextException for a file that holds no text to translate (an XLIFF file)
     */
    public static DocumentText of(byte[] file, LanguageTag language, Charset declared) {
        DocumentType type = new DocumentDetector().detect(file);
        if (TranslatableText.extracts(type)) {
            TranslatableText found = TranslatableText.ofDocument(file, type, language);
            return new DocumentText(type, found.text(), found.segments().size(), null);
        }
        if (type == DocumentType.TEXT) {
            try {
                DecodedText decoded = declared == null ? new TextDecoder().decode(file)
                        : new TextDecoder().decode(file, declared);
                return new DocumentText(type, decoded.text(), null, decoded);
            } catch (UndecodableTextException e) {
                throw new RefusedDocumentException(RefusedDocumentException.Reason.UNKNOWN_FORMAT);
            }
        }
        throw new DocumentWithoutTextException(type);
    }
}
