package org.kakehashi.document;

import org.kakehashi.platform.problem.DomainProblem;

import java.time.Instant;

/** A file whose bytes the retention rules erased: 410, saying when. */
public class ErasedDocumentException extends DomainProblem {

    ErasedDocumentException(String fileName, Instant erasedAt) {
        super(Kind.GONE, "document.erased", null, fileName, erasedAt);
    }
}
