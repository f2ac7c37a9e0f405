package org.kakehashi.quality;

/**
 * A URL or a mail address, which a translation copies exactly.
 *
 * @param address as written, with full-width letters narrowed
 */
record WebAddress(FindingKind kind, String written, String address) implements Fact {

    @Override
    public boolean carriedBy(Fact other) {
        return other instanceof WebAddress web && kind == web.kind && address.equals(web.address);
    }
}
