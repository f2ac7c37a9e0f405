package org.kakehashi.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The expected digits were worked out by hand from the ordinance's formula, never with the code under test.
 *
 * <p>1234567890 1: from the right P1..P11 = 1,0,9,8,7,6,5,4,3,2,1 and Q1..Q11 = 2,3,4,5,6,7,2,3,4,5,6, so
 * Σ Pn×Qn = 2+0+36+40+42+42+10+12+12+10+6 = 212 = 19×11 + 3; the remainder 3 gives 11 − 3 = 8.
 *
 * <p>8765432109 8: P1..P11 = 8,9,0,1,2,3,4,5,6,7,8; Σ = 16+27+0+5+12+21+8+15+24+35+48 = 211 = 19×11 + 2; 11 − 2 = 9.
 *
 * <p>1111111111 1: Σ Qn = 2+3+4+5+6+7+2+3+4+5+6 = 47 = 4×11 + 3; 11 − 3 = 8. 5555555555 5: 5×47 = 235 = 21×11 + 4,
 * so 7. 1111111111 5: 47 − 2 + 5×2 = 55, remainder 0, so 0. 1111111114 1: 47 − 3 + 4×3 = 56, remainder 1, so 0.
 */
class MyNumberCheckDigitTest {

    @ParameterizedTest
    @CsvSource({
            "12345678901, 8",
            "87654321098, 9",
            "11111111111, 8",
            "55555555555, 7",
            "11111111115, 0",
            "11111111141, 0",
            // the published examples: 023456789013 and 983205673214
            "02345678901, 3",
            "98320567321, 4"})
    void theCheckDigitIsElevenLessTheWeightedSumsRemainderOrZero(String elevenDigits, int checkDigit) {
        assertThat(MyNumberCheckDigit.of(elevenDigits)).isEqualTo(checkDigit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789018", "876543210989", "111111111118", "111111111150", "023456789013"})
    void aNumberEndingInItsCheckDigitMatches(String twelveDigits) {
        assertThat(MyNumberCheckDigit.matches(twelveDigits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "111111111111", "876543210980", "12345678901", "1234567890189",
            "1234 5678 9018", "１２３４５６７８９０１８", ""})
    void aWrongCheckDigitOrAnythingButTwelveAsciiDigitsDoesNot(String text) {
        assertThat(MyNumberCheckDigit.matches(text)).isFalse();
    }

    @Test
    void nullMatchesNothing() {
        assertThat(MyNumberCheckDigit.matches(null)).isFalse();
    }

    @Test
    void theCheckDigitNeedsExactlyElevenDigits() {
        assertThatThrownBy(() -> MyNumberCheckDigit.of("1234567890")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MyNumberCheckDigit.of("1234567890a")).isInstanceOf(IllegalArgumentException.class);
    }
}
