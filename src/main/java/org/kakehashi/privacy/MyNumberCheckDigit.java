package org.kakehashi.privacy;

/**
 * The check digit of a 個人番号 (My Number): its twelfth digit, computed from the first eleven.
 *
 * <p>The Number Act's enforcement order (行政手続における特定の個人を識別するための番号の利用等に関する法律施行令)
 * art. 8 makes the twelfth digit a 検査用数字 computed by a formula that a Ministry of Internal Affairs ordinance
 * sets: 平成26年総務省令第85号 art. 5. With Pn the n-th of the first eleven digits counted from the right (P1 the
 * eleventh digit) and Qn = n + 1 for 1 ≤ n ≤ 6 and n − 5 for 7 ≤ n ≤ 11, the remainder is Σ Pn × Qn mod 11; the
 * check digit is 0 when that remainder is 0 or 1, else 11 − remainder.
 *
 * <p>Checked against public sources independent of the ordinance's own text: mynumber.okinawa-spot.com (archives/227)
 * quotes 総務省令第八十五号 art. 5 with the same Pn and Qn; a Qiita article (ekzemplaro, "マイナンバー チェック
 * デジット") uses the weights 6,5,4,3,2,7,6,5,4,3,2 from the left, the same Qn read the other way, and gives
 * 983205673214 as valid; gists of the time (izumin5210, ytkhs) give 123456789018 and 023456789013 as valid.
 */
public final class MyNumberCheckDigit {

    private static final int MODULUS = 11;

    private MyNumberCheckDigit() {
    }

    /**
     * The check digit for the first eleven digits of a My Number.
     *
     * @throws IllegalArgumentException unless the text is eleven ASCII digits
     */
    public static int of(String elevenDigits) {
        if (elevenDigits == null || !isAsciiDigits(elevenDigits, 11)) {
            throw new IllegalArgumentException("not the eleven digits of a My Number: " + elevenDigits);
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int pn = elevenDigits.charAt(11 - n) - '0';
            int qn = n <= 6 ? n + 1 : n - 5;
            sum += pn * qn;
        }
        int remainder = sum % MODULUS;
        return remainder <= 1 ? 0 : MODULUS - remainder;
    }

    /** Whether the text is twelve ASCII digits whose last is the check digit of the first eleven. */
    public static boolean matches(String twelveDigits) {
        return twelveDigits != null && isAsciiDigits(twelveDigits, 12)
                && of(twelveDigits.substring(0, 11)) == twelveDigits.charAt(11) - '0';
    }

    private static boolean isAsciiDigits(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
