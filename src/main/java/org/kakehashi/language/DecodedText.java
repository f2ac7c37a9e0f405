package org.kakehashi.language;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A text decoded from a file, with how its encoding was settled and the file's bytes exactly as received. When the
 * bytes read as more than one plausible text, the decoding is not {@link #certain()}: the text is that of the
 * likeliest {@link #candidates() candidate}, and a person must choose before it is used.
 */
public final class DecodedText {

    private final EncodingCandidate chosen;
    private final DecodingBasis basis;
    private final boolean certain;
    private final List<EncodingCandidate> candidates;
    private final boolean byteOrderMark;
    private final byte[] original;

    DecodedText(DecodingBasis basis, boolean certain, List<EncodingCandidate> candidates, boolean byteOrderMark,
                byte[] original) {
        this.chosen = candidates.get(0);
        this.basis = basis;
        this.certain = certain;
        this.candidates = List.copyOf(candidates);
        this.byteOrderMark = byteOrderMark;
        this.original = original.clone();
    }

    /** The text without its byte order mark. */
    public String text() {
        return chosen.text();
    }

    /** The charset the bytes were decoded with: windows-31j for anything labelled or detected as Shift_JIS. */
    public Charset charset() {
        return chosen.charset();
    }

    public DecodingBasis basis() {
        return basis;
    }

    /** Whether one encoding alone gives a plausible text (or the encoding was declared or marked). */
    public boolean certain() {
        return certain;
    }

    /** The plausible readings, likeliest first; the decoded text is the first. */
    public List<EncodingCandidate> candidates() {
        return candidates;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    public byte[] original() {
        return original.clone();
    }
}
