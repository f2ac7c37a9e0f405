package org.kakehashi.document;

/** The document formats Kakehashi accepts, told apart by their content, never by the file name. */
public enum DocumentType {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ODT("application/vnd.oasis.opendocument.text"),
    HTML("text/html"),
    PDF("application/pdf"),
    XLIFF("application/xliff+xml"),
    TEXT("text/plain"),
    /** A photo or scan of a letter, kept to be read, never translated as a document. */
    JPEG("image/jpeg"),
    PNG("image/png");

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
