package org.kakehashi.handover;

import org.kakehashi.platform.problem.DomainProblem;

/** A handover step that cannot be taken as asked. */
public class HandoverProblem extends DomainProblem {

    private HandoverProblem(Kind kind, String key, String field, Object... arguments) {
        super(kind, key, field, arguments);
    }

    static HandoverProblem officeOnly() {
        return new HandoverProblem(Kind.FORBIDDEN, "handover.office-only", null);
    }

    static HandoverProblem tooLong(int length) {
        return new HandoverProblem(Kind.INVALID, "handover.notes-too-long", "text", length);
    }

    static HandoverProblem changedMeanwhile() {
        return new HandoverProblem(Kind.CONFLICT, "handover.notes-changed", "version");
    }

    static HandoverProblem versionMissing() {
        return new HandoverProblem(Kind.INVALID, "handover.version-missing", "version");
    }
}
