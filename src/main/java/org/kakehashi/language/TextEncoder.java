package org.kakehashi.language;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a text in the encoding a requester asked for, or refuses. Java's encoders would write "?" for a character
 * the encoding lacks, and some map a character one way only (windows-31j writes ¬ as 0x81CA, which reads back as
 * ￢), so the bytes are read back and must give the same text. The charset is taken as given: plain Shift_JIS
 * lacks ㈱ and 髙, which windows-31j has.
 */
public final class TextEncoder {

    /** @throws UnmappableCharactersException naming every character that does not survive the round trip */
    public byte[] encode(String text, Charset charset) {
        return roundTrip(text, charset)
                .orElseThrow(() -> new UnmappableCharactersException(charset, charactersLostIn(text, charset)));
    }

    private static Optional<byte[]> roundTrip(String text, Charset charset) {
        try {
            ByteBuffer encoded = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            String decoded = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return decoded.equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static List<UnmappableCharacter> charactersLostIn(String text, Charset charset) {
        List<UnmappableCharacter> lost = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (roundTrip(Character.toString(codePoint), charset).isEmpty()) {
                lost.add(new UnmappableCharacter(i, codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return lost;
    }
}
