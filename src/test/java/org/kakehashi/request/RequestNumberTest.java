package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestNumberTest {

    @Test
    void numbersAreTheFiscalYearAndAFiveDigitSequence() {
        assertThat(RequestNumber.of(new FiscalYear(2026), 42).value()).isEqualTo("2026-00042");
        assertThat(RequestNumber.of(new FiscalYear(2026), 123456).value()).isEqualTo("2026-123456");
    }

    @Test
    void aParsedNumberKnowsItsFiscalYear() {
        assertThat(RequestNumber.parse("2025-00003").fiscalYear()).isEqualTo(new FiscalYear(2025));
    }

    @Test
    void textThatIsNoRequestNumberIsRefused() {
        assertThat(RequestNumber.isValid("2026-1")).isFalse();
        assertThat(RequestNumber.isValid("../etc")).isFalse();
        assertThatThrownBy(() -> RequestNumber.parse("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestNumber.of(new FiscalYear(2026), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
