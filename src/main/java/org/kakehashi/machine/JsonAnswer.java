package org.kakehashi.machine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a service's JSON answer (RFC 8259) into maps, lists, strings, {@link BigDecimal}s, booleans and nulls.
 * Written by hand for the reason given in {@link JsonBody}.
 */
final class JsonAnswer {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /** Deeper nesting than any answer has would otherwise end in a StackOverflowError, not a refusal. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;
    private int depth;

    private JsonAnswer(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException when the text is not one JSON value */
    static Object parse(String text) {
        JsonAnswer answer = new JsonAnswer(text);
        Object value = answer.value();
        answer.skipSpace();
        if (answer.at < text.length()) {
            throw answer.malformed("text after the value");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw malformed("a value expected");
        }
        return switch (text.charAt(at)) {
            case '{' -> nested(this::object);
            case '[' -> nested(this::array);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Object nested(Supplier<Object> reader) {
        if (++depth > MAX_DEPTH) {
            throw malformed("nested too deep");
        }
        Object value = reader.get();
        depth--;
        return value;
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (consume('}')) {
            return object;
        }
        do {
            skipSpace();
            if (at >= text.length() || text.charAt(at) != '"') {
                throw malformed("a name expected");
            }
            String name = string();
            skipSpace();
            expect(':');
            object.put(name, value());
            skipSpace();
        } while (consume(','));
        expect('}');
        return object;
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        at++;
        skipSpace();
        if (consume(']')) {
            return array;
        }
        do {
            array.add(value());
            skipSpace();
        } while (consume(','));
        expect(']');
        return array;
    }

    private String string() {
        StringBuilder string = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return string.toString();
            }
            if (c < 0x20) {
                throw malformed("a control character in a string");
            }
            string.append(c == '\\' ? escaped() : c);
        }
        throw malformed("an unterminated string");
    }

    private char escaped() {
        if (at >= text.length()) {
            throw malformed("an unterminated escape");
        }
        char c = text.charAt(at++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw malformed("an unknown escape");
        };
    }

    private char unicodeEscape() {
        if (at + 4 > text.length()) {
            throw malformed("a short unicode escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
            at += 4;
            return c;
        } catch (NumberFormatException e) {
            throw malformed("a unicode escape that is not hexadecimal");
        }
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw malformed("an unknown word");
        }
        at += word.length();
        return value;
    }

    private BigDecimal number() {
        Matcher matcher = NUMBER.matcher(text).region(at, text.length());
        if (!matcher.lookingAt()) {
            throw malformed("a value expected");
        }
        at = matcher.end();
        return new BigDecimal(matcher.group());
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean consume(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw malformed("'" + c + "' expected");
        }
    }

    private IllegalArgumentException malformed(String what) {
        return new IllegalArgumentException("malformed JSON at " + at + ": " + what);
    }
}
