package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.privacy.PersonalDataScanner;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.calendar.CityClosedDays;
import org.kakehashi.platform.settings.SettingsAtStart;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IntakeRulesTest {

    private final IntakeRules rules = rules();

    private static IntakeRules rules() {
        IntakeRules rules = new IntakeRules();
        rules.settings = SettingsAtStart.settings();
        rules.personalData = new PersonalDataScanner();
        rules.closedDays = new CityClosedDays() {
            @Override
            public CityCalendar calendar() {
                return CityCalendar.standard();
            }
        };
        return rules;
    }

    @Test
    void tenBusinessDaysAheadIsEnoughLeadTime() {
        // Tue 24 Nov 2026 + 10 open days = Tue 8 Dec 2026
        assertThat(rules.check(RequestType.TRANSLATION, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 8), "", 300, false, null)).isEmpty();
    }

    @Test
    void lessLeadTimeIsFoundWithTheBusinessDaysLeft() {
        // to Fri 4 Dec: 25–27 Nov, 30 Nov, 1–4 Dec = 8 open days
        List<IntakeFinding> findings = rules.check(RequestType.TRANSLATION, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 4), "", 300,
                false, Topic.GENERAL);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(IntakeFinding.Kind.SHORT_LEAD_TIME);
            assertThat(f.detail()).isEqualTo("8|10");
        });
    }

    @Test
    void theYearEndClosingShortensTheLeadTime() {
        // Fri 18 Dec 2026 to Wed 6 Jan 2027: 21–25 Dec, 28 Dec, 4–6 Jan = 9 open days (12/29–1/3 closed)
        assertThat(rules.check(RequestType.TRANSLATION, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 6), "", 300, false, null))
                .extracting(IntakeFinding::detail).containsExactly("9|10");
    }

    @Test
    void anInterpreterNeedsSevenBusinessDays() {
        // to Thu 3 Dec 2026: 25–27 Nov, 30 Nov, 1–3 Dec = 7 open days
        assertThat(rules.check(RequestType.INTERPRETATION, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 3), "",
                0, false, null)).isEmpty();
        assertThat(rules.check(RequestType.INTERPRETATION, LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 2), "",
                0, false, null)).extracting(IntakeFinding::detail).containsExactly("6|7");
    }

    @Test
    void aLongCitizensTextAndARefusedTopicAreFound() {
        List<IntakeFinding> findings = rules.check(RequestType.TRANSLATION, LocalDate.of(2026, 11, 24), LocalDate.of(2027, 1, 29), "", 1501,
                true, Topic.POLITICAL);

        assertThat(findings).extracting(IntakeFinding::kind)
                .containsExactly(IntakeFinding.Kind.OVER_CITIZEN_LIMIT, IntakeFinding.Kind.REFUSED_TOPIC);
        assertThat(rules.check(RequestType.TRANSLATION, LocalDate.of(2026, 11, 24), LocalDate.of(2027, 1, 29), "", 1501, false, Topic.MEDICAL))
                .as("staff texts have no character limit; medical texts are taken").isEmpty();
    }

    @Test
    void thePersonalDataInTheTextIsFoundKindByKindWithHowOftenItStands() {
        // 123456789018: its last digit is the check digit the My Number ordinance gives for the first eleven
        String text = "申請者の個人番号は123456789018、電話番号は090-1234-5678、勤務先は0120-123-456です。";

        assertThat(rules.check(RequestType.TRANSLATION, LocalDate.of(2026, 11, 24), LocalDate.of(2027, 1, 29), text,
                text.length(), false, Topic.GENERAL))
                .extracting(IntakeFinding::kind, IntakeFinding::detail)
                .containsExactly(tuple(IntakeFinding.Kind.PERSONAL_DATA, "MY_NUMBER|1"),
                        tuple(IntakeFinding.Kind.PERSONAL_DATA, "PHONE_NUMBER|2"));
    }
}
