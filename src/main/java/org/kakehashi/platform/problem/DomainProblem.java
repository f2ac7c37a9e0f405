package org.kakehashi.platform.problem;

import java.util.List;

/**
 * A refusal by the domain that a person must understand: which rule, about which field if any, with a message
 * key and arguments that {@link ProblemResponses} renders in the caller's language.
 */
public abstract class DomainProblem extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, GONE }

    /** A further point of the refusal, listed under its own name in the problem's errors. */
    public record Detail(String name, String messageKey, Object... arguments) {
    }

    private final Kind kind;
    private final String messageKey;
    private final String field;
    private final Object[] arguments;

    protected DomainProblem(Kind kind, String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The HTTP status the refusal answers with. */
    public int status() {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
        };
    }

    /** The input field the problem is about, or null when it concerns the whole action. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The points of the refusal beyond its field, such as each finding that holds a translation back. */
    public List<Detail> details() {
        return List.of();
    }
}
