package org.kakehashi.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds 個人番号: twelve digits written together or in three groups of four with the same space or hyphen between
 * them, not part of a longer number, whose last digit is their check digit. One in ten twelve-digit numbers passes
 * that check by chance, so a number labelled as something else (注文番号 …) is left alone.
 */
final class MyNumbers {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\d.,/-])(?<!\\d[-.,/ ])(\\d{4})([ -]?)(\\d{4})\\2(\\d{4})(?!\\d)(?![-.,/]\\d)(?! \\d{4}(?!\\d))");

    private MyNumbers() {
    }

    static List<PersonalDataFinding> in(FoldedText text) {
        List<PersonalDataFinding> found = new ArrayList<>();
        for (MatchResult match : text.find(CANDIDATE)) {
            String digits = match.group(1) + match.group(3) + match.group(4);
            if (MyNumberCheckDigit.matches(digits) && !OtherNumberLabels.standBefore(text, match.start())) {
                found.add(text.finding(PersonalDataKind.MY_NUMBER, match.start(), match.end()));
            }
        }
        return found;
    }
}
