package org.kakehashi.quality;

import java.math.BigDecimal;

/** A sum of money: 1,500円, ¥1,500, 1万5千円, NZ$20, 100元. */
record Amount(String written, BigDecimal value, Currency currency) implements Fact {

    @Override
    public FindingKind kind() {
        return FindingKind.AMOUNT;
    }

    @Override
    public boolean carriedBy(Fact other) {
        return other instanceof Amount amount
                && value.compareTo(amount.value) == 0
                && currency.compatibleWith(amount.currency);
    }
}
