package org.kakehashi.machine;

import java.util.List;

/**
 * A request body of one JSON object whose fields are strings or lists of strings, written by hand: the server
 * provides JSON-P and JSON-B, but nothing implements them in unit tests, and these bodies need no more.
 */
final class JsonBody {

    private final StringBuilder json = new StringBuilder("{");

    JsonBody field(String name, String value) {
        return name(name).quoted(value);
    }

    JsonBody field(String name, List<String> values) {
        name(name).json.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            quoted(values.get(i));
        }
        json.append(']');
        return this;
    }

    private JsonBody name(String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        quoted(name).json.append(':');
        return this;
    }

    /** RFC 8259, section 7: the quotation mark, the backslash and the control characters must be escaped. */
    private JsonBody quoted(String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
        return this;
    }

    @Override
    public String toString() {
        return json + "}";
    }
}
