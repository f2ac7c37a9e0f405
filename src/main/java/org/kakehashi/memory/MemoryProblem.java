package org.kakehashi.memory;

import org.kakehashi.platform.problem.DomainProblem;

import java.util.UUID;

/** A change to the memory that cannot be made as asked. */
public class MemoryProblem extends DomainProblem {

    private MemoryProblem(Kind kind, String key, String field, Object... arguments) {
        super(kind, key, field, arguments);
    }

    static MemoryProblem notFound(UUID id) {
        return new MemoryProblem(Kind.NOT_FOUND, "memory.entry-not-found", null, id.toString());
    }

    static MemoryProblem alreadyRemoved(UUID id) {
        return new MemoryProblem(Kind.GONE, "memory.entry-removed", null, id.toString());
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new MemoryProblem(Kind.INVALID, "memory.reason-missing", "reason");
        }
        if (reason.strip().length() > 500) {
            throw new MemoryProblem(Kind.INVALID, "memory.reason-too-long", "reason", 500);
        }
    }

    static MemoryProblem translatorsOnly() {
        return new MemoryProblem(Kind.FORBIDDEN, "memory.translators-only", null);
    }

    static MemoryProblem invalid(String field, String key, Object... arguments) {
        return new MemoryProblem(Kind.INVALID, key, field, arguments);
    }
}
