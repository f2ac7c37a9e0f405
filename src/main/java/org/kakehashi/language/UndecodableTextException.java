package org.kakehashi.language;

/** Bytes that no candidate encoding decodes without error. */
public class UndecodableTextException extends IllegalArgumentException {

    private final String charset;
    private final int byteOffset;

    UndecodableTextException(String charset, int byteOffset, String message) {
        super(message);
        this.charset = charset;
        this.byteOffset = byteOffset;
    }

    /** The encoding whose decoding got furthest before failing. */
    public String charset() {
        return charset;
    }

    /** Where that decoding failed, counted in bytes from the start of the file. */
    public int byteOffset() {
        return byteOffset;
    }
}
