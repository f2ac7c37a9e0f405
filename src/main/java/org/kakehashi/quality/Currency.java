package org.kakehashi.quality;

/** The currencies a city's notices and its partners' letters name. */
enum Currency {
    JPY,
    USD,
    NZD,
    CNY,
    /** A dollar sign, ドル or "dollars", which say not whose dollar. */
    DOLLAR;

    boolean compatibleWith(Currency other) {
        return this == other || (this == DOLLAR && other.isDollar()) || (other == DOLLAR && isDollar());
    }

    private boolean isDollar() {
        return this == USD || this == NZD || this == DOLLAR;
    }
}
