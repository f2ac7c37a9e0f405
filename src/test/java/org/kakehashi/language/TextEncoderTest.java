package org.kakehashi.language;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextEncoderTest {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    private final TextEncoder encoder = new TextEncoder();

    @Test
    void theSeedIsDeliveredBackInEachEncodingItCameIn() {
        String seed = TextDecoderTest.seedText();

        assertThat(encoder.encode(seed, WINDOWS_31J)).isEqualTo(TextDecoderTest.seed("windows-31j"));
        assertThat(encoder.encode(seed, EUC_JP)).isEqualTo(TextDecoderTest.seed("euc-jp"));
        assertThat(encoder.encode(seed, Charset.forName("ISO-2022-JP"))).isEqualTo(TextDecoderTest.seed("iso-2022-jp"));
    }

    @Test
    void eucJpDashesAndTheWaveDashComeBackAsTheBytesTheyWereReadFrom() {
        // 0xA1BD (JIS X 0208 row 1 cell 29), the wave dash 0xA1C1, 鷗 by SS3 (0x8F 0xEC 0xBF), ｱ by SS2 (0x8E 0xB1)
        byte[] file = {(byte) 0xA1, (byte) 0xBD, (byte) 0xA1, (byte) 0xC1, (byte) 0x8F, (byte) 0xEC, (byte) 0xBF,
                (byte) 0x8E, (byte) 0xB1};
        String read = new TextDecoder().decode(file, EUC_JP).text();

        assertThat(read).isEqualTo("\u2014\u301C鷗ｱ");
        assertThat(encoder.encode(read, EUC_JP)).isEqualTo(file);
    }

    @Test
    void theWaveDashIsU301cInShiftJisAndTheFullWidthTildeInWindows31j() {
        assertThat(encoder.encode("\u301C", SHIFT_JIS)).containsExactly(0x81, 0x60);
        assertThat(encoder.encode("\uFF5E", WINDOWS_31J)).containsExactly(0x81, 0x60);

        assertThatThrownBy(() -> encoder.encode("9時\u301C17時", WINDOWS_31J))
                .isInstanceOfSatisfying(UnmappableCharactersException.class, e ->
                        assertThat(e.characters()).containsExactly(new UnmappableCharacter(2, 0x301C)));
    }

    @Test
    void vendorCharactersAreRefusedInPlainShiftJisAndEucJpNamingEachOne() {
        String text = "㈱苫小牧髙橋";

        for (Charset charset : new Charset[] {SHIFT_JIS, EUC_JP}) {
            assertThatThrownBy(() -> encoder.encode(text, charset))
                    .as(charset.name())
                    .isInstanceOfSatisfying(UnmappableCharactersException.class, e -> {
                        assertThat(e.charset()).isEqualTo(charset);
                        assertThat(e.characters()).containsExactly(
                                new UnmappableCharacter(0, 0x3231), new UnmappableCharacter(4, 0x9AD9));
                    })
                    .hasMessageContaining("㈱ (U+3231) at 0")
                    .hasMessageContaining("髙 (U+9AD9) at 4");
        }
    }

    @Test
    void windows31jCarriesTheNecAndIbmCharacters() {
        // ㈱ is NEC row 13 (0x878A), 髙 an IBM extension (0xFBFC)
        assertThat(encoder.encode("㈱髙", WINDOWS_31J)).containsExactly(0x87, 0x8A, 0xFB, 0xFC);
    }

    @Test
    void aCharacterThatWouldComeBackAsAnotherIsRefused() {
        // windows-31j writes ¬ (U+00AC) as 0x81CA, which reads back as ￢ (U+FFE2)
        assertThatThrownBy(() -> encoder.encode("A¬B", WINDOWS_31J))
                .isInstanceOfSatisfying(UnmappableCharactersException.class, e ->
                        assertThat(e.characters()).containsExactly(new UnmappableCharacter(1, 0xAC)));
    }

    @Test
    void positionsAreIndexesInTheStringBeyondSupplementaryCharacters() {
        assertThatThrownBy(() -> encoder.encode("𠮟る㈱", SHIFT_JIS))
                .isInstanceOfSatisfying(UnmappableCharactersException.class, e ->
                        assertThat(e.characters()).containsExactly(
                                new UnmappableCharacter(0, 0x20B9F), new UnmappableCharacter(3, 0x3231)));
    }

    @Test
    void unicodeEncodingsCarryEverything() {
        String text = "㈱髙〜～👨\u200D👩\u200D👧";

        assertThat(new String(encoder.encode(text, StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
