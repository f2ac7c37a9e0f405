package org.kakehashi.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

    private final TextDecoder decoder = new TextDecoder();

    static byte[] seed(String encoding) {
        String name = "/fixtures/seed/kouhou-tomakomai-2022-10-p29." + encoding + ".txt";
        try (InputStream in = TextDecoderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seedText() {
        return new String(seed("utf-8"), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @ParameterizedTest
    @CsvSource({
            "utf-8,       UTF-8,       VALID_UTF_8,     false",
            "windows-31j, windows-31j, DETECTED,        false",
            "euc-jp,      EUC-JP,      DETECTED,        false",
            "iso-2022-jp, ISO-2022-JP, DETECTED,        false",
            "utf-16,      UTF-16LE,    BYTE_ORDER_MARK, true"})
    void eachSeedFixtureDecodesToTheSameText(String fixture, String charset, DecodingBasis basis, boolean mark) {
        DecodedText decoded = decoder.decode(seed(fixture));

        assertThat(decoded.text()).isEqualTo(seedText());
        assertThat(decoded.charset().name()).isEqualTo(charset);
        assertThat(decoded.basis()).isEqualTo(basis);
        assertThat(decoded.byteOrderMark()).isEqualTo(mark);
        assertThat(decoded.original()).isEqualTo(seed(fixture));
    }

    @Test
    void detectionReportsIcuConfidence() {
        assertThat(decoder.decode(seed("windows-31j")).confidence().orElseThrow()).isBetween(1, 100);
        assertThat(decoder.decode(seed("utf-8")).confidence()).isEmpty();
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDetected() {
        DecodedText decoded = decoder.decode(seedText().getBytes(StandardCharsets.UTF_16BE));

        assertThat(decoded.text()).isEqualTo(seedText());
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(decoded.byteOrderMark()).isFalse();
    }

    @Test
    void aUtf8ByteOrderMarkIsRemovedFromTheTextButKeptInTheOriginal() {
        byte[] withMark = bytes(0xEF, 0xBB, 0xBF, 0xE8, 0x8B, 0xAB); // BOM 苫

        DecodedText decoded = decoder.decode(withMark);

        assertThat(decoded.text()).isEqualTo("苫");
        assertThat(decoded.basis()).isEqualTo(DecodingBasis.BYTE_ORDER_MARK);
        assertThat(decoded.original()).isEqualTo(withMark);
    }

    @Test
    void aShortTextThatIsValidUtf8AndShiftJisIsReadAsUtf8() throws Exception {
        byte[] tokyo = bytes(0xE6, 0x9D, 0xB1, 0xE4, 0xBA, 0xAC); // 東京 in UTF-8
        CharsetDecoder strictWindows31j = WINDOWS_31J.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        assertThatCode(() -> strictWindows31j.decode(ByteBuffer.wrap(tokyo))).doesNotThrowAnyException();

        DecodedText decoded = decoder.decode(tokyo);

        assertThat(decoded.text()).isEqualTo("東京");
        assertThat(decoded.basis()).isEqualTo(DecodingBasis.VALID_UTF_8);
    }

    @Test
    void aShortShiftJisTextIsReadAsWindows31j() {
        // テスト: 0x8365 0x8358 0x8367; ICU's own first guess for these six bytes is windows-1252
        DecodedText decoded = decoder.decode(bytes(0x83, 0x65, 0x83, 0x58, 0x83, 0x67));

        assertThat(decoded.text()).isEqualTo("テスト");
        assertThat(decoded.charset()).isEqualTo(WINDOWS_31J);
        assertThat(decoded.basis()).isEqualTo(DecodingBasis.DETECTED);
    }

    @Test
    void aDeclaredShiftJisIsReadAsWindows31jWhoseWaveDashIsTheFullWidthTilde() {
        byte[] waveDash = bytes(0x81, 0x60);

        DecodedText decoded = decoder.decode(waveDash, SHIFT_JIS);

        assertThat(decoded.text()).isEqualTo("\uFF5E");
        assertThat(decoded.charset()).isEqualTo(WINDOWS_31J);
        assertThat(decoded.basis()).isEqualTo(DecodingBasis.DECLARED);
        assertThat(decoded.confidence()).isEmpty();
    }

    @Test
    void aDeclaredCharsetOverridesDetection() {
        DecodedText decoded = decoder.decode(seed("euc-jp"), Charset.forName("EUC-JP"));

        assertThat(decoded.text()).isEqualTo(seedText());
        assertThat(decoded.basis()).isEqualTo(DecodingBasis.DECLARED);
    }

    @Test
    void aDeclaredUtf16TakesItsByteOrderFromTheMark() {
        DecodedText decoded = decoder.decode(seed("utf-16"), StandardCharsets.UTF_16);

        assertThat(decoded.text()).isEqualTo(seedText());
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(decoded.byteOrderMark()).isTrue();
    }

    @Test
    void aDamagedShiftJisFileIsRefusedAtTheDamagedByte() {
        byte[] sjis = seed("windows-31j");
        byte[] truncated = Arrays.copyOf(sjis, sjis.length + 1);
        truncated[sjis.length] = (byte) 0x82; // the first byte of a two-byte character, and nothing after it

        assertThatThrownBy(() -> decoder.decode(truncated))
                .isInstanceOfSatisfying(UndecodableTextException.class, e -> {
                    assertThat(e.charset()).isEqualTo("windows-31j");
                    assertThat(e.byteOffset()).isEqualTo(sjis.length);
                })
                .hasMessageContaining("byte offset " + sjis.length);
    }

    @Test
    void latin1IsNoneOfTheCandidatesAndIsRefusedWhereUtf8Fails() {
        byte[] cafe = bytes('c', 'a', 'f', 0xE9);

        assertThatThrownBy(() -> decoder.decode(cafe))
                .isInstanceOfSatisfying(UndecodableTextException.class, e -> {
                    assertThat(e.charset()).isEqualTo("UTF-8");
                    assertThat(e.byteOffset()).isEqualTo(3);
                });
    }

    @Test
    void aDeclaredCharsetThatDoesNotFitIsRefusedAtTheFirstBadByte() {
        byte[] sjis = bytes(0x83, 0x65, 0x83, 0x58, 0x83, 0x67); // テスト

        assertThatThrownBy(() -> decoder.decode(sjis, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(UndecodableTextException.class, e -> assertThat(e.byteOffset()).isZero());
    }
}
