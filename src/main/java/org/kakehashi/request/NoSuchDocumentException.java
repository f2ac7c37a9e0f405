package org.kakehashi.request;

import org.kakehashi.platform.problem.DomainProblem;

/** The request has no such file: the requester typed their text, or the job's translation is text only. */
public class NoSuchDocumentException extends DomainProblem {

    public NoSuchDocumentException(String messageKey, Object... arguments) {
        super(Kind.NOT_FOUND, messageKey, null, arguments);
    }
}
