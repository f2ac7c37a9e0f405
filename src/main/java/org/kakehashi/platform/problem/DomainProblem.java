package org.kakehashi.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * A refusal by the domain that a person must understand: which rule, about which field if any, with a message
 * key and arguments that {@link ProblemResponses} renders in the caller's language.
 */
public abstract class DomainProblem extends RuntimeException {

    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), GONE(410);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status that answers a refusal of this kind. */
        public int status() {
            return status;
        }
    }

    /** A further point of the refusal, listed under its own name in the problem's errors. */
    public record Detail(String name, String messageKey, Object... arguments) {

        /** The point in the reader's language, a moment it names told as the city's date. */
        public String text(Messages messages, ZoneId city) {
            return messages.format(messageKey, inTheCity(arguments, city));
        }
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

    /** The rule explained in the reader's language, a moment it names told as the city's date. */
    public String detail(Messages messages, ZoneId city) {
        return messages.format(messageKey, inTheCity(arguments, city));
    }

    private static Object[] inTheCity(Object[] arguments, ZoneId city) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Instant at ? LocalDate.ofInstant(at, city).toString() : argument)
                .toArray();
    }
}
