package org.kakehashi.language;

import java.nio.charset.Charset;

/** An encoding a file decodes in without error and whose text looks like something a person wrote. */
public record EncodingCandidate(Charset charset, String text) {

    private static final int PREVIEW_CHARACTERS = 80;

    /** The first line that holds anything, cut short: what a person recognises their file by. */
    public String firstLine() {
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return line.length() <= PREVIEW_CHARACTERS ? line
                : line.substring(0, line.offsetByCodePoints(0, Math.min(PREVIEW_CHARACTERS,
                line.codePointCount(0, line.length())))) + "…";
    }
}
