package org.kakehashi.platform.problem;

import java.util.List;

/** Several fields wrong at once, such as the rows of an imported list: 400 naming each, in the caller's language. */
public class InvalidFields extends RuntimeException {

    /** One wrong field: where ({@code row 3: department}), and the message key with its arguments. */
    public record Field(String field, String messageKey, Object... arguments) {
    }

    private final List<Field> fields;

    public InvalidFields(List<Field> fields) {
        super(fields.size() + " invalid fields");
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }
}
