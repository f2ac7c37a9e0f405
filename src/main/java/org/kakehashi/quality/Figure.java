package org.kakehashi.quality;

import java.math.BigDecimal;

/**
 * A number: 1,500, 2.5, 30%, 3万 (30000), 第3回's 3, or an era year (令和8年度 is 2026).
 *
 * @param spelled whether the text spells it out: three
 */
record Figure(String written, BigDecimal value, boolean spelled) implements Fact {

    @Override
    public FindingKind kind() {
        return FindingKind.NUMBER;
    }

    @Override
    public boolean carriedBy(Fact other) {
        return other instanceof Figure figure && value.compareTo(figure.value) == 0;
    }

    @Override
    public boolean binding() {
        return !spelled;
    }
}
