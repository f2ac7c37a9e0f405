package org.kakehashi.language;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** An encoding a person named for their file, such as {@code Shift_JIS} or {@code EUC-JP}. */
public final class DeclaredCharset {

    private DeclaredCharset() {
    }

    /** @throws TextFileProblem on {@code field} when the server knows no encoding of that name */
    public static Charset named(String field, String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw TextFileProblem.unknownCharset(field, name);
        }
    }
}
