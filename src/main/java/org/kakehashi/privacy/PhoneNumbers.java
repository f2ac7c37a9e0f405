package org.kakehashi.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds phone numbers with Google's libphonenumber: numbers written without a country code are read as Japanese
 * (03-1234-5678, 090-1234-5678, 0120-123-456, 03(1234)5678), others by their country code (+64 6 835 7579). Its
 * strict-grouping leniency keeps only numbers valid in their country's numbering plan and grouped as that country
 * groups them, so 2026-00012, 053-0018 and ISBN 978-4-00-310101-8 are not numbers, nor is 0312-3456-78. A foreign
 * number written without its country code (06 835 7579 in New Zealand) is not found.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    private static final String JAPAN = "JP";

    private PhoneNumbers() {
    }

    static List<PersonalDataFinding> in(FoldedText text) {
        List<PersonalDataFinding> found = new ArrayList<>();
        for (PhoneNumberMatch match :
                PHONE_NUMBERS.findNumbers(text.folded(), JAPAN, Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
            if (!OtherNumberLabels.standBefore(text, match.start())) {
                found.add(text.finding(PersonalDataKind.PHONE_NUMBER, match.start(), match.end()));
            }
        }
        return found;
    }
}
