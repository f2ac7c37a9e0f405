package org.kakehashi.quality;

/**
 * Something a text states that its translation must state too: a number, an amount, a date, a time of day, a phone
 * number, an address.
 */
public sealed interface Fact permits Figure, Amount, WrittenDate, ClockTime, PhoneNumber, WebAddress {

    FindingKind kind();

    /** As the text writes it. */
    String written();

    /** Whether the other fact, found in a translation, states this one, however differently it is written. */
    boolean carriedBy(Fact other);

    /** Whether a translation must carry it; a spelled-out number ("one of them") often is no figure at all. */
    default boolean binding() {
        return true;
    }
}
