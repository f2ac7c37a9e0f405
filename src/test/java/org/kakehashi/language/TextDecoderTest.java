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
import static org.assertj.core.api.Assertions.tuple;

class TextDecoderTest {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");

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
    void aWholePageInAnyCandidateEncodingIsReadWithoutAsking() {
        for (String fixture : new String[] {"utf-8", "windows-31j", "euc-jp", "iso-2022-jp", "utf-16"}) {
            DecodedText decoded = decoder.decode(seed(fixture));

            assertThat(decoded.certain()).as(fixture).isTrue();
            assertThat(decoded.candidates()).as(fixture).hasSize(1);
        }
    }

    @Test
    void aShortEucJpNoticeIsReadAsEucJpNotAsHalfWidthKatakana() {
        DecodedText decoded = decoder.decode(bytes(0xA4, 0xAA, 0xC3, 0xCE, 0xA4, 0xE9, 0xA4, 0xBB));

        assertThat(decoded.text()).isEqualTo("お知らせ");
        assertThat(decoded.charset()).isEqualTo(EUC_JP);
        assertThat(decoded.certain()).isTrue();
    }

    @Test
    void aShortUtf16TextWithoutAByteOrderMarkIsReadInItsByteOrder() {
        assertThat(decoder.decode(bytes(0x4A, 0x30, 0xE5, 0x77, 0x89, 0x30, 0x5B, 0x30)).text()).isEqualTo("お知らせ");
        assertThat(decoder.decode(bytes(0x30, 0x4A, 0x77, 0xE5, 0x30, 0x89, 0x30, 0x5B)).charset())
                .isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void shortHalfWidthKatakanaInWindows31jAreAskedAboutNotReadAsEucJpKanji() {
        DecodedText decoded = decoder.decode(bytes(0xB1, 0xB2, 0xB3, 0xB4)); // ｱｲｳｴ, or two EUC-JP kanji

        assertThat(decoded.certain()).isFalse();
        assertThat(decoded.candidates()).extracting(c -> c.charset().name(), EncodingCandidate::firstLine)
                .contains(tuple("windows-31j", "ｱｲｳｴ"), tuple("EUC-JP", "渦慨"));
    }

    @Test
    void eucJpReadsHalfWidthKatakanaBySs2AndJisX0212BySs3() {
        assertThat(decoder.decode(bytes(0xBF, 0xB9, 0x8F, 0xEC, 0xBF, 0xB3, 0xB0, 0xA4, 0xCE, 0xBE, 0xAE, 0xC0, 0xE2))
                .text()).isEqualTo("森鷗外の小説");
        DecodedText halfWidth = decoder.decode(bytes(0x8E, 0xC4, 0x8E, 0xCF, 0x8E, 0xBA, 0x8E, 0xCF, 0x8E, 0xB2,
                0x20, 0xBB, 0xD4, 0xCC, 0xF2, 0xBD, 0xEA));

        assertThat(halfWidth.text()).isEqualTo("ﾄﾏｺﾏｲ 市役所");
        assertThat(halfWidth.certain()).isTrue();
    }

    @Test
    void anIso2022JpFileWithAByteAbove0x7fIsRefusedAtThatByte() {
        // ESC $ B お知 ESC ( B, then 0xA4
        byte[] damaged = bytes(0x1B, 0x24, 0x42, 0x24, 0x2A, 0x43, 0x4E, 0x1B, 0x28, 0x42, 0xA4);

        assertThatThrownBy(() -> decoder.decode(damaged))
                .isInstanceOfSatisfying(UndecodableTextException.class, e -> {
                    assertThat(e.charset()).isEqualTo("ISO-2022-JP");
                    assertThat(e.byteOffset()).isEqualTo(10);
                });
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
        assertThat(decoded.certain()).isTrue();
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
