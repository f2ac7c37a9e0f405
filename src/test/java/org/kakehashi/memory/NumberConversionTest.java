package org.kakehashi.memory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Last year's translations brought up to this year by hand, and what the conversion must make of them. */
class NumberConversionTest {

    @Test
    void anEraFiscalYearAndADateBecomeTheEnglishFiscalYearAndDate() {
        NumberConversion.Converted converted = NumberConversion.convert(
                "The FY2025 municipal tax is due on October 31.", "en",
                List.of(new NumberChange("令和7年度", "令和8年度"), new NumberChange("10月31日", "11月2日")));

        assertThat(converted).isEqualTo(new NumberConversion.Converted(
                "The FY2026 municipal tax is due on November 2.", true));
    }

    @Test
    void chineseKeepsTheJapaneseFormsOfDates() {
        assertThat(NumberConversion.convert("说明会将于10月29日举行。", "zh-Hans",
                List.of(new NumberChange("10月29日", "11月5日"))))
                .isEqualTo(new NumberConversion.Converted("说明会将于11月5日举行。", true));
    }

    @Test
    void aPlainNumberIsReplacedWhereItStandsAlone() {
        assertThat(NumberConversion.convert("Room 301 holds 50 people.", "en",
                List.of(new NumberChange("50名", "60名"))))
                .isEqualTo(new NumberConversion.Converted("Room 301 holds 60 people.", true));
    }

    @Test
    void aChangeTheTranslationDoesNotShowLeavesItIncomplete() {
        assertThat(NumberConversion.convert("The tax is due at the end of October.", "en",
                List.of(new NumberChange("10月31日", "11月2日"))))
                .isEqualTo(new NumberConversion.Converted("The tax is due at the end of October.", false));
    }
}
