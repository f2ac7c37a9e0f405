package org.kakehashi.quality;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Finds Japanese domestic telephone numbers and international ones with their country code. */
final class PhoneNumbers {

    /** +81 835-22-1234, +64 6 835 7579, +81 (0)3-1234-5678 with the trunk prefix some write in brackets. */
    private static final Pattern INTERNATIONAL =
            Pattern.compile("\\+\\d{1,3}(?:[ -]?\\(0\\))?(?:[ -]?(?:\\(\\d{1,5}\\)|\\d{1,5})){1,5}(?!\\d)");
    /** 03-1234-5678, 0120-123-456, 090-1234-5678, (03)1234-5678, 03(1234)5678. */
    private static final Pattern DOMESTIC = Pattern.compile(
            "(?<![\\d+./,-])(?:\\(0\\d{1,4}\\)|0\\d{1,4})[ -]?(?:\\(\\d{1,4}\\)|\\d{1,4})[ -]?\\d{3,4}(?!\\d)");
    private static final String JAPAN = "81";

    private PhoneNumbers() {
    }

    static void claimIn(ScannedText text) {
        for (MatchResult match : text.find(INTERNATIONAL)) {
            String digits = digits(match.group().replace("(0)", ""));
            if (digits.length() >= 8 && digits.length() <= 15) {
                text.claim(match, new PhoneNumber(text.written(match), digits));
            }
        }
        for (MatchResult match : text.find(DOMESTIC)) {
            String digits = digits(match.group());
            if (digits.length() == 10 || digits.length() == 11) {
                text.claim(match, new PhoneNumber(text.written(match), JAPAN + digits.substring(1)));
            }
        }
    }

    private static String digits(String number) {
        return number.replaceAll("\\D", "");
    }
}
