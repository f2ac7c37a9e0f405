package org.kakehashi.document;

import org.kakehashi.platform.CityClock;
import org.kakehashi.platform.problem.DomainProblem;

import java.time.Instant;
import java.time.LocalDate;

/** A file whose bytes the retention rules erased: 410, saying when. */
public class ErasedDocumentException extends DomainProblem {

    ErasedDocumentException(String fileName, Instant erasedAt) {
        super(Kind.GONE, "document.erased", null, fileName,
                LocalDate.ofInstant(erasedAt, CityClock.zone()).toString());
    }
}
