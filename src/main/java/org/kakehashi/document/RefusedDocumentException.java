package org.kakehashi.document;

import java.util.Locale;
import org.kakehashi.platform.problem.DomainProblem;

/** A file Kakehashi will not take: an unknown format, or one built to exhaust the server. */
public class RefusedDocumentException extends DomainProblem {

    public enum Reason { UNKNOWN_FORMAT, TOO_MANY_ENTRIES, TOO_LARGE_UNPACKED, SUSPICIOUS_COMPRESSION, XML_DOCTYPE, BROKEN, TOO_LARGE }

    private final Reason reason;

    RefusedDocumentException(Reason reason, Object... arguments) {
        super(Kind.INVALID, "document.refused." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "file", arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
