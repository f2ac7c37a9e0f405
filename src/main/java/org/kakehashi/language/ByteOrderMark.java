package org.kakehashi.language;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A byte order mark at the start of a file, which settles its Unicode encoding before anything is guessed. */
enum ByteOrderMark {

    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    static Optional<ByteOrderMark> at(byte[] content) {
        for (ByteOrderMark mark : values()) {
            if (mark.starts(content)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return bytes.length;
    }

    /** Whether this mark belongs to the declared charset; "UTF-16" leaves the byte order to the mark. */
    boolean belongsTo(Charset declared) {
        return charset.equals(declared) || (declared.equals(StandardCharsets.UTF_16) && this != UTF_8);
    }

    private boolean starts(byte[] content) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
