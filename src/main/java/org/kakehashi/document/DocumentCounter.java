package org.kakehashi.document;

import org.kakehashi.language.EncodingReport;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;

import java.nio.charset.Charset;

/** Counts a document the way the requester's pasted text is counted: from the text a translator would see. */
public final class DocumentCounter {

    private final TextCounter counter;

    public DocumentCounter(TextCounter counter) {
        this.counter = counter;
    }

    /** @param declared the encoding the person chose for a plain text file, or null to detect it */
    public DocumentCount count(byte[] file, LanguageTag language, Charset declared) {
        DocumentType type = new DocumentDetector().detect(file);
        if (type == DocumentType.XLIFF) {
            return new DocumentCount(type, type.mediaType(), file.length, null, null, null);
        }
        DocumentText read = DocumentText.of(file, language, declared);
        return new DocumentCount(type, type.mediaType(), file.length, read.segments(),
                counter.count(read.text(), language),
                read.decoded() == null ? null : EncodingReport.of(read.decoded()));
    }
}
