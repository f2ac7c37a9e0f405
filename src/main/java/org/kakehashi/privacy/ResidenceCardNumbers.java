package org.kakehashi.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds 在留カード番号: two capital letters, eight digits and two capital letters standing alone (AB12345678CD). No
 * check digit tells one from a product code of the same shape: only a label such as 製品コード does.
 */
final class ResidenceCardNumbers {

    private static final Pattern RESIDENCE_CARD_NUMBER =
            Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{8}[A-Z]{2}(?![A-Za-z0-9])");

    private ResidenceCardNumbers() {
    }

    static List<PersonalDataFinding> in(FoldedText text) {
        return text.find(RESIDENCE_CARD_NUMBER).stream()
                .filter(match -> !OtherNumberLabels.standBefore(text, match.start()))
                .map(match -> text.finding(PersonalDataKind.RESIDENCE_CARD_NUMBER, match.start(), match.end()))
                .toList();
    }
}
