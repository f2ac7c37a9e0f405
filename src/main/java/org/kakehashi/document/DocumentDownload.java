package org.kakehashi.document;

/**
 * A stored file on its way out: its name, its format, the media type to serve it with and its bytes, checked
 * against the hash taken on arrival.
 */
public record DocumentDownload(DocumentFileName name, DocumentType type, String contentType, byte[] bytes) {

    public static DocumentDownload of(StoredDocument document) {
        return new DocumentDownload(new DocumentFileName(document.fileName()), document.type(),
                document.contentType(), document.verifiedBytes());
    }
}
