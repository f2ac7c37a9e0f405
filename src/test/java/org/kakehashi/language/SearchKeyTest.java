package org.kakehashi.language;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeyTest {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    @Test
    void fullWidthLettersAndDigitsNarrowAndCaseFolds() {
        assertThat(SearchKey.of("Ｑ１").value()).isEqualTo("q1");
        assertThat(SearchKey.of("Ｑ１")).isEqualTo(SearchKey.of("q1")).isEqualTo(SearchKey.of("Q1"));
        assertThat(SearchKey.of("ＣＩＲ")).isEqualTo(SearchKey.of("cir"));
    }

    @Test
    void halfWidthKatakanaWidensAndItsVoicingMarkJoins() {
        assertThat(SearchKey.of("ｶﾞｲﾄﾞ").value()).isEqualTo("ガイド");
        assertThat(SearchKey.of("ﾊﾆｯｸ･ﾘﾘｰ")).isEqualTo(SearchKey.of("ハニック・リリー"));
    }

    @Test
    void compatibilityCharactersAreFoldedInKeysButTheWrittenTextIsNeverChanged() {
        String written = "㈱苫小牧 ①Ｑ１ ｶﾞｲﾄﾞ";

        assertThat(SearchKey.of(written).value()).isEqualTo("(株)苫小牧 1q1 ガイド");

        byte[] file = written.getBytes(WINDOWS_31J);
        DecodedText decoded = new TextDecoder().decode(file, WINDOWS_31J);
        assertThat(decoded.text()).isEqualTo(written);
        assertThat(new TextEncoder().encode(decoded.text(), WINDOWS_31J)).isEqualTo(file);

        // counted as written: ㈱ one symbol, not the three characters (株); ① a number outside the digits (Unicode
        // No), not the digit 1; the only digit is １
        assertThat(new TextCounter(new CountingRates(2000, 400)).count(written, LanguageTag.of("ja")).breakdown())
                .isEqualTo(new CountingReceipt.Breakdown(3, 3, 1, 1, 1, 1, 1));
    }
}
