package org.kakehashi.platform.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressRangeTest {

    @Test
    void aRangeHoldsTheAddressesOfItsPrefixOnly() {
        AddressRange range = AddressRange.parse("10.0.0.0/24").orElseThrow();

        assertThat(range.contains("10.0.0.255")).isTrue();
        assertThat(range.contains("10.0.1.0")).isFalse();
        assertThat(range.contains("not-an-address")).isFalse();
    }

    @Test
    void anAddressAloneIsARangeOfOne() {
        AddressRange balancer = AddressRange.parse("2001:db8::1").orElseThrow();

        assertThat(balancer.contains("2001:db8:0:0:0:0:0:1")).isTrue();
        assertThat(balancer.contains("2001:db8::2")).isFalse();
        assertThat(balancer.contains("10.0.0.1")).as("another family").isFalse();
    }

    @Test
    void aNameOrAPrefixLongerThanTheAddressIsNoRange() {
        assertThat(AddressRange.parse("balancer.city.example.jp")).isEmpty();
        assertThat(AddressRange.parse("10.0.0.0/33")).isEmpty();
        assertThat(AddressRange.parse("10.0.0.0/x")).isEmpty();
    }
}
