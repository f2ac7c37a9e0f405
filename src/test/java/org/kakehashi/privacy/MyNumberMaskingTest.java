package org.kakehashi.privacy;

import org.junit.jupiter.api.Test;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.Role;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MyNumberMaskingTest {

    // 123456789018 ends in the check digit the My Number ordinance gives for 12345678901
    private static final String TEXT = "個人番号123456789018、電話090-1234-5678";

    @Test
    void aReaderOutsideTheCitySeesEachMyNumberMaskedDigitForDigitAndTheRestAsWritten() {
        Caller linguist = new Caller("lin", Set.of(Role.LINGUIST), null);
        Caller partner = new Caller("aroha", Set.of(Role.PARTNER), null, "napier");
        Caller externalReviewer = new Caller("wang", Set.of(Role.EXTERNAL_REVIEWER), null);

        for (Caller outside : Set.of(linguist, partner, externalReviewer)) {
            assertThat(MyNumberMasking.forReader(TEXT, outside)).isEqualTo("個人番号＊＊＊＊＊＊＊＊＊＊＊＊、電話090-1234-5678");
        }
    }

    @Test
    void theCitysOwnStaffSeeTheTextAsWritten() {
        Caller coordinator = new Caller("emily", Set.of(Role.COORDINATOR), "kokusai");
        Caller requester = new Caller("sato", Set.of(Role.REQUESTER), "sougou-fukushi");
        Caller reviewer = new Caller("tanaka", Set.of(Role.REVIEWER, Role.COORDINATOR), "kokusai");

        for (Caller inside : Set.of(coordinator, requester, reviewer)) {
            assertThat(MyNumberMasking.forReader(TEXT, inside)).isEqualTo(TEXT);
        }
    }

    @Test
    void textLeavingTheCityForAMachineHasItsMyNumbersMasked() {
        assertThat(MyNumberMasking.outward("番号 1234 5678 9018 です")).isEqualTo("番号 ＊＊＊＊＊＊＊＊＊＊＊＊＊＊ です");
        assertThat(MyNumberMasking.outward(null)).isNull();
    }
}
