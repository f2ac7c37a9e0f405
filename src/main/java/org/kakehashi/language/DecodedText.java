package org.kakehashi.language;

import java.nio.charset.Charset;
import java.util.OptionalInt;

/** A text decoded from a file, with how its encoding was settled and the file's bytes exactly as received. */
public final class DecodedText {

    private final String text;
    private final Charset charset;
    private final DecodingBasis basis;
    private final OptionalInt confidence;
    private final boolean byteOrderMark;
    private final byte[] original;

    DecodedText(String text, Charset charset, DecodingBasis basis, OptionalInt confidence, boolean byteOrderMark,
                byte[] original) {
        this.text = text;
        this.charset = charset;
        this.basis = basis;
        this.confidence = confidence;
        this.byteOrderMark = byteOrderMark;
        this.original = original.clone();
    }

    /** The text without its byte order mark. */
    public String text() {
        return text;
    }

    /** The charset the bytes were decoded with: windows-31j for anything labelled or detected as Shift_JIS. */
    public Charset charset() {
        return charset;
    }

    public DecodingBasis basis() {
        return basis;
    }

    /** ICU's detection confidence, 0–100; present only when the charset was {@link DecodingBasis#DETECTED}. */
    public OptionalInt confidence() {
        return confidence;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    public byte[] original() {
        return original.clone();
    }
}
