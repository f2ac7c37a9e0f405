package org.kakehashi.document;

import org.kakehashi.platform.problem.DomainProblem;

/** A file of an accepted format that holds no source text of its own, such as an XLIFF file. */
public class DocumentWithoutTextException extends DomainProblem {

    public DocumentWithoutTextException(DocumentType type) {
        super(Kind.INVALID, "document.not-extractable", "file", type.name());
    }
}
