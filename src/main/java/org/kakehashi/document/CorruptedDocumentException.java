package org.kakehashi.document;

import java.util.UUID;

/** A stored file whose bytes no longer match the SHA-256 taken when it came in: never handed out. */
public class CorruptedDocumentException extends RuntimeException {

    public CorruptedDocumentException(UUID id, String fileName) {
        super("stored document " + id + " (" + fileName + ") fails its SHA-256 check");
    }
}
