package org.kakehashi.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberChangeTest {

    @Test
    void eraYearsAndDatesThatDifferAreNamedInTheirOrder() {
        assertThat(NumberChange.between("令和7年度の説明会は10月29日に開きます。", "令和8年度の説明会は11月5日に開きます。"))
                .containsExactly(new NumberChange("令和7年度", "令和8年度"), new NumberChange("10月29日", "11月5日"));
    }

    @Test
    void fullWidthDigitsAreTheSameNumbers() {
        assertThat(NumberChange.between("定員は５０名です。", "定員は50名です。")).isEmpty();
    }

    @Test
    void aNumberOnOneSideOnlyIsNamedAlone() {
        assertThat(NumberChange.between("会場は3階です。", "会場は3階の301号室です。"))
                .containsExactly(new NumberChange(null, "301"));
    }
}
