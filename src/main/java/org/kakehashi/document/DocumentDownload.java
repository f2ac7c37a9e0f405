package org.kakehashi.document;

/** A stored file on its way out: its name, its format and its bytes, checked against the hash taken on arrival. */
public record DocumentDownload(DocumentFileName name, DocumentType type, byte[] bytes) {

    public static DocumentDownload of(StoredDocument document) {
        return new DocumentDownload(new DocumentFileName(document.fileName()), document.type(),
                document.verifiedBytes());
    }
}
