package org.kakehashi.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalYearTest {

    @Test
    void theFiscalYearRunsFromAprilToMarchAndIsNamedByItsStart() {
        assertThat(FiscalYear.of(LocalDate.of(2027, 3, 31))).isEqualTo(new FiscalYear(2026));
        assertThat(FiscalYear.of(LocalDate.of(2027, 4, 1))).isEqualTo(new FiscalYear(2027));
        assertThat(FiscalYear.of(LocalDate.of(2026, 1, 1))).isEqualTo(new FiscalYear(2025));
    }

    @Test
    void reiwa8IsTheFiscalYearFromApril2026ToMarch2027() {
        FiscalYear reiwa8 = new FiscalYear(2026);

        assertThat(reiwa8.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(reiwa8.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(reiwa8.contains(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(reiwa8.contains(LocalDate.of(2027, 3, 31))).isTrue();
    }
}
