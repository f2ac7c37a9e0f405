package org.kakehashi.language;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;
import java.util.Optional;

/**
 * The characters Japanese encodings can hold, read off the JDK's own EUC-JP and windows-31j tables: JIS X 0208's
 * first level of kanji (the 2,965 in everyday use, EUC-JP rows 0xB0–0xCF), the rest of JIS X 0208 and JIS X 0212,
 * and Windows' NEC and IBM extensions. A text that a wrong encoding made of Japanese bytes shows characters
 * outside it, or only second-level kanji, where Japanese prose has hiragana and common kanji.
 */
final class JapaneseRepertoire {

    private static final BitSet COMMON_KANJI = new BitSet(0x10000);
    private static final BitSet REPERTOIRE = new BitSet(0x10000);

    static {
        CharsetDecoder eucJp = strict(Charset.forName("EUC-JP"));
        for (int lead = 0xA1; lead <= 0xFE; lead++) {
            for (int trail = 0xA1; trail <= 0xFE; trail++) {
                decoded(eucJp, lead, trail).ifPresent(c -> REPERTOIRE.set(c));
                if (lead >= 0xB0 && lead <= 0xCF) {
                    decoded(eucJp, lead, trail).ifPresent(c -> COMMON_KANJI.set(c));
                }
                decoded(eucJp, 0x8F, lead, trail).ifPresent(c -> REPERTOIRE.set(c));
            }
        }
        CharsetDecoder windows31j = strict(Charset.forName("windows-31j"));
        for (int lead = 0x81; lead <= 0xFC; lead++) {
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                decoded(windows31j, lead, trail)
                        .filter(c -> !Character.UnicodeBlock.PRIVATE_USE_AREA.equals(Character.UnicodeBlock.of(c)))
                        .ifPresent(c -> REPERTOIRE.set(c));
            }
        }
    }

    private JapaneseRepertoire() {
    }

    /** A kanji of JIS X 0208's first level. */
    static boolean commonKanji(int codePoint) {
        return codePoint < 0x10000 && COMMON_KANJI.get(codePoint);
    }

    /** A character of a Japanese double-byte character set (not ASCII or half-width katakana). */
    static boolean japanese(int codePoint) {
        return codePoint < 0x10000 && REPERTOIRE.get(codePoint);
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Optional<Character> decoded(CharsetDecoder decoder, int... bytes) {
        byte[] in = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            in[i] = (byte) bytes[i];
        }
        try {
            CharBuffer out = decoder.reset().decode(ByteBuffer.wrap(in));
            return out.length() == 1 ? Optional.of(out.get(0)) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
