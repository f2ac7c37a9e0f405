package org.kakehashi.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A file name as a person gave it — 市報_4月号.docx stays 市報_4月号.docx — without what would harm a download or a
 * file system: folders, control characters, reserved characters; at most 255 characters.
 */
public record DocumentFileName(String value) {

    private static final int MAX_LENGTH = 255;

    public DocumentFileName {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a file name is required");
        }
    }

    /** @param fallback the name to use when the given one has nothing left, e.g. "document.docx" */
    public static DocumentFileName from(String given, String fallback) {
        if (given == null) {
            return new DocumentFileName(fallback);
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        Normalizer.normalize(name, Normalizer.Form.NFC).codePoints()
                .filter(c -> !Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0)
                .forEach(clean::appendCodePoint);
        String stripped = clean.toString().strip();
        if (stripped.isEmpty() || stripped.chars().allMatch(c -> c == '.')) {
            return new DocumentFileName(fallback);
        }
        return new DocumentFileName(stripped.length() <= MAX_LENGTH
                ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, MAX_LENGTH / 2)));
    }

    /**
     * The {@code Content-Disposition} of a download under this name: an ASCII stand-in for old clients and the
     * real name in UTF-8 (RFC 6266, RFC 5987), which browsers use.
     */
    public String attachmentHeader() {
        StringBuilder ascii = new StringBuilder();
        value.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(value);
    }

    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
