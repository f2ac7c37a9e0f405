package org.kakehashi.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds the numbers that only their label tells apart: bank accounts (口座番号 1234567, 普通 1234567, 当座預金
 * 1234567; 支店番号 123, 店番 123) and health insurance (被保険者番号 12345678, 保険者番号 06123456, 記号・番号
 * 1234・56, or 記号 1234 番号 56 written apart). The finding is the number, not its label.
 */
final class LabelledNumbers {

    /** 口座番号：, 店番は, 記号・番号 — and the (普通) some write between label and number. */
    private static final String GAP = "[\\s:=#、,はが]{0,4}";
    private static final String ACCOUNT_TYPE = "(?:普通|当座|貯蓄)(?:預金)?";

    private static final Pattern ACCOUNT = Pattern.compile(
            "(?:口座番号|口座No\\.?|口座|(?<![A-Za-z])(?:account\\s*(?:number|no\\.?|#)|a/c(?:\\s*no\\.?)?))" + GAP
                    + "(?:\\(?" + ACCOUNT_TYPE + "\\)?" + GAP + ")?(\\d{7})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPED_ACCOUNT =
            Pattern.compile(ACCOUNT_TYPE + "(?:口座)?" + GAP + "(\\d{7})(?!\\d)");
    private static final Pattern BRANCH = Pattern.compile(
            "(?:支店番号|店番号|店番|支店コード|店舗番号|(?<![A-Za-z])branch\\s*(?:code|number|no\\.?))" + GAP
                    + "(\\d{3})(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    /** Digits, with letters after them, in groups joined by a space, hyphen, ・ or dot: 12345678・901. */
    private static final String INSURANCE_DIGITS = "(\\d[\\dA-Za-z]*(?:[ \\-・.]\\d[\\dA-Za-z]*)*)";
    private static final Pattern INSURANCE = Pattern.compile(
            "(?:被保険者証?(?:の)?(?:記号・?)?番号|保険者番号|被保険者記号・?番号|記号・?番号|記号及び番号|保険証番号"
                    + "|(?<![A-Za-z])(?:health\\s+)?insurance\\s*(?:card\\s*)?(?:number|no\\.?))" + GAP
                    + INSURANCE_DIGITS,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INSURANCE_SYMBOL_AND_NUMBER =
            Pattern.compile("記号" + GAP + INSURANCE_DIGITS + "[\\s、,]{0,3}番号" + GAP + "(\\d+)");

    private LabelledNumbers() {
    }

    static List<PersonalDataFinding> in(FoldedText text) {
        List<PersonalDataFinding> found = new ArrayList<>();
        for (Pattern account : List.of(ACCOUNT, TYPED_ACCOUNT, BRANCH)) {
            for (MatchResult match : text.find(account)) {
                found.add(text.finding(PersonalDataKind.BANK_ACCOUNT, match.start(1), match.end(1)));
            }
        }
        for (MatchResult match : text.find(INSURANCE)) {
            found.add(text.finding(PersonalDataKind.HEALTH_INSURANCE_NUMBER, match.start(1), match.end(1)));
        }
        for (MatchResult match : text.find(INSURANCE_SYMBOL_AND_NUMBER)) {
            found.add(text.finding(PersonalDataKind.HEALTH_INSURANCE_NUMBER, match.start(1), match.end(1)));
            found.add(text.finding(PersonalDataKind.HEALTH_INSURANCE_NUMBER, match.start(2), match.end(2)));
        }
        return found;
    }
}
