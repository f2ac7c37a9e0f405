package org.kakehashi.privacy;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.privacy.PersonalDataKind.ADDRESS;
import static org.kakehashi.privacy.PersonalDataKind.BANK_ACCOUNT;
import static org.kakehashi.privacy.PersonalDataKind.DATE_OF_BIRTH;
import static org.kakehashi.privacy.PersonalDataKind.HEALTH_INSURANCE_NUMBER;
import static org.kakehashi.privacy.PersonalDataKind.MAIL_ADDRESS;
import static org.kakehashi.privacy.PersonalDataKind.MY_NUMBER;
import static org.kakehashi.privacy.PersonalDataKind.PHONE_NUMBER;
import static org.kakehashi.privacy.PersonalDataKind.POSTAL_CODE;
import static org.kakehashi.privacy.PersonalDataKind.RESIDENCE_CARD_NUMBER;

/** The My Numbers here were worked out by hand: see MyNumberCheckDigitTest. */
class PersonalDataScannerTest {

    private final PersonalDataScanner scanner = new PersonalDataScanner();

    @Test
    void aFindingNamesItsKindItsSpanInTheTextAsWrittenAndWhatItSays() {
        String text = "申請者：山田花子\n個人番号：１２３４　５６７８　９０１８\n電話 ０９０－１２３４－５６７８";

        List<PersonalDataFinding> findings = scanner.scan(text);

        assertThat(findings).containsExactly(
                new PersonalDataFinding(MY_NUMBER, 14, 28, "１２３４　５６７８　９０１８"),
                new PersonalDataFinding(PHONE_NUMBER, 32, 45, "０９０－１２３４－５６７８"));
        findings.forEach(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
    }

    @Test
    void spansAreUtf16IndicesEvenAfterACharacterOutsideTheBasicPlane() {
        // 𠮷 is one code point but two UTF-16 units
        String text = "𠮷田さんの個人番号は123456789018です";

        assertThat(scanner.scan(text)).containsExactly(new PersonalDataFinding(MY_NUMBER, 11, 23, "123456789018"));
    }

    @Test
    void twelveDigitsWithAWrongCheckDigitAreNoMyNumberAndNotReportedAsAnythingElse() {
        assertThat(scanner.scan("個人番号 123456789012")).isEmpty();
        assertThat(scanner.scan("個人番号 1234-5678-9012")).isEmpty();
    }

    @Test
    void myNumbersAreWrittenTogetherOrInGroupsOfFourWithOneSeparator() {
        assertThat(kinds("876543210989")).containsExactly(MY_NUMBER);
        assertThat(kinds("8765 4321 0989")).containsExactly(MY_NUMBER);
        assertThat(kinds("8765-4321-0989")).containsExactly(MY_NUMBER);
        assertThat(kinds("8765-4321 0989")).isEmpty();
        // part of a longer number, or labelled as something else
        assertThat(kinds("98765432109890")).isEmpty();
        assertThat(kinds("注文番号 876543210989")).isEmpty();
    }

    @Test
    void phoneNumbersJapaneseAndInternational() {
        assertThat(texts("03-1234-5678 / 090-1234-5678 / 0120-123-456 / 0312345678"))
                .containsExactly("03-1234-5678", "090-1234-5678", "0120-123-456", "0312345678");
        assertThat(texts("+81 3 1234 5678 and +64 6 835 7579")).containsExactly("+81 3 1234 5678", "+64 6 835 7579");
        assertThat(texts("携帯０９０ー１２３４ー５６７８")).containsExactly("０９０ー１２３４ー５６７８");
    }

    @Test
    void numbersShapedLikePhoneNumbersButGroupedOrLabelledOtherwiseAreNot() {
        assertThat(scanner.scan("受付番号 2026-00012、請求書 INV-0312-3456-78、ISBN978-4-00-310101-8")).isEmpty();
        assertThat(scanner.scan("請求書番号 0312345678")).isEmpty();
    }

    @Test
    void anAddressNeedsItsBlockAndItsPostalCodeIsFoundBesideIt() {
        String text = "〒053-0018 北海道苫小牧市旭町4丁目5番6号 苫小牧市役所";

        assertThat(scanner.scan(text)).containsExactly(
                new PersonalDataFinding(POSTAL_CODE, 1, 9, "053-0018"),
                new PersonalDataFinding(ADDRESS, 10, 26, "北海道苫小牧市旭町4丁目5番6号"));
        assertThat(scanner.scan("苫小牧市で開催、市役所13番窓口")).isEmpty();
    }

    @Test
    void aLabelWrittenRightBeforeTheAddressIsNotPartOfIt() {
        assertThat(texts("住所東京都千代田区霞が関1-2-3")).containsExactly("東京都千代田区霞が関1-2-3");
        assertThat(texts("現住所札幌市中央区北1条西2丁目1番1号")).containsExactly("札幌市中央区北1条西2丁目1番1号");
    }

    @Test
    void mailAddresses() {
        assertThat(texts("宛先 tanaka.hanako@example.jp。")).containsExactly("tanaka.hanako@example.jp");
        assertThat(kinds("ＹＡＭＡＤＡ＠ＥＸＡＭＰＬＥ．ＪＰ")).containsExactly(MAIL_ADDRESS);
    }

    @Test
    void aDateIsADateOfBirthOnlyBesideItsLabel() {
        assertThat(texts("生年月日：昭和60年4月1日")).containsExactly("昭和60年4月1日");
        assertThat(texts("誕生日 1985/4/1")).containsExactly("1985/4/1");
        assertThat(texts("DOB: 1 April 1985")).containsExactly("1 April 1985");
        assertThat(texts("born on April 1, 1985")).containsExactly("April 1, 1985");
        assertThat(texts("生年月日 S60.4.1")).containsExactly("S60.4.1");
        assertThat(texts("令和元年5月1日生まれ")).containsExactly("令和元年5月1日");
        assertThat(scanner.scan("令和8年度、2026年4月1日に来庁。昭和60年4月1日から施行。")).isEmpty();
        assertThat(scanner.scan("2026年4月1日生活相談")).isEmpty();
    }

    @Test
    void bankAccountAndBranchNumbersAfterTheirLabels() {
        assertThat(scanner.scan("店番 123 普通 1234567")).containsExactly(
                new PersonalDataFinding(BANK_ACCOUNT, 3, 6, "123"),
                new PersonalDataFinding(BANK_ACCOUNT, 10, 17, "1234567"));
        assertThat(texts("口座番号：（普通）7654321")).containsExactly("7654321");
        assertThat(scanner.scan("口座振替日は27日、普通郵便で送付")).isEmpty();
    }

    @Test
    void healthInsuranceNumbersAfterTheirLabels() {
        assertThat(texts("被保険者番号 12345678")).containsExactly("12345678");
        assertThat(texts("記号・番号 1234・56")).containsExactly("1234・56");
        assertThat(scanner.scan("記号 12345 番号 67")).extracting(PersonalDataFinding::kind)
                .containsExactly(HEALTH_INSURANCE_NUMBER, HEALTH_INSURANCE_NUMBER);
    }

    @Test
    void residenceCardNumbers() {
        assertThat(scanner.scan("在留カード番号 ＡＢ１２３４５６７８ＣＤ")).containsExactly(
                new PersonalDataFinding(RESIDENCE_CARD_NUMBER, 8, 20, "ＡＢ１２３４５６７８ＣＤ"));
        assertThat(scanner.scan("XAB12345678CD, 製品コード AB12345678CD")).isEmpty();
    }

    @Test
    void nothingIsReportedTwice() {
        // a date of birth's digits are no phone number, a My Number's no phone number either
        assertThat(kinds("生年月日 1985-04-01、個人番号 0234 5678 9013")).containsExactly(DATE_OF_BIRTH, MY_NUMBER);
    }

    @Test
    void maskHidesMyNumbersCharacterForCharacterAndLeavesTheRest() {
        String text = "個人番号 1234-5678-9018、電話 03-1234-5678";

        assertThat(scanner.mask(text)).isEqualTo("個人番号 ＊＊＊＊＊＊＊＊＊＊＊＊＊＊、電話 03-1234-5678");
        assertThat(scanner.mask(text)).hasSameSizeAs(text);
    }

    @Test
    void maskAllHidesEveryFindingAndMaskByKindOnlyThoseKinds() {
        String text = "TEL 090-1234-5678 mail a.b@example.jp";

        assertThat(scanner.maskAll(text)).isEqualTo("TEL ＊＊＊＊＊＊＊＊＊＊＊＊＊ mail ＊＊＊＊＊＊＊＊＊＊＊＊＊＊");
        assertThat(scanner.mask(text, EnumSet.of(MAIL_ADDRESS))).isEqualTo("TEL 090-1234-5678 mail ＊＊＊＊＊＊＊＊＊＊＊＊＊＊");
    }

    @Test
    void anEmptyTextHoldsNothing() {
        assertThat(scanner.scan("")).isEmpty();
        assertThat(scanner.maskAll("")).isEmpty();
    }

    private List<PersonalDataKind> kinds(String text) {
        return scanner.scan(text).stream().map(PersonalDataFinding::kind).toList();
    }

    private List<String> texts(String text) {
        return scanner.scan(text).stream().map(PersonalDataFinding::text).toList();
    }
}
