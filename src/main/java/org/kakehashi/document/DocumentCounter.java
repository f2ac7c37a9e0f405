package org.kakehashi.document;

import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;

/** Counts a document the way the requester's pasted text is counted: from the text a translator would see. */
public final class DocumentCounter {

    private final TextCounter counter;

    public DocumentCounter(TextCounter counter) {
        this.counter = counter;
    }

    public DocumentCount count(byte[] file, LanguageTag language) {
        DocumentType type = new DocumentDetector().detect(file);
        if (type == DocumentType.XLIFF) {
            return new DocumentCount(type, type.mediaType(), file.length, null, null);
        }
        DocumentText read = DocumentText.of(file, language);
        return new DocumentCount(type, type.mediaType(), file.length, read.segments(),
                counter.count(read.text(), language));
    }
}
