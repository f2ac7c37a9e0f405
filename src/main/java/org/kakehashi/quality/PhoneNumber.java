package org.kakehashi.quality;

/**
 * A telephone number: 0835-22-1234, (03)1234-5678, +81 835-22-1234, +64 6 835 7579.
 *
 * @param international the digits dialled from abroad, after a plus: a domestic number is Japanese, so
 *                      0835-22-1234 is +81835221234
 */
record PhoneNumber(String written, String international) implements Fact {

    @Override
    public FindingKind kind() {
        return FindingKind.PHONE;
    }

    @Override
    public boolean carriedBy(Fact other) {
        return other instanceof PhoneNumber number && international.equals(number.international);
    }
}
