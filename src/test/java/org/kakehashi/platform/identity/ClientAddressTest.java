package org.kakehashi.platform.identity;

import org.junit.jupiter.api.Test;
import org.kakehashi.platform.config.AddressRange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private static final List<AddressRange> BALANCERS = List.of(AddressRange.parse("10.0.0.0/24").orElseThrow(),
            AddressRange.parse("2001:db8::1").orElseThrow());

    @Test
    void withoutATrustedProxyTheSocketsPeerIsTheClientWhateverTheHeaderSays() {
        assertThat(ClientAddress.of("198.51.100.7", List.of("203.0.113.9"), BALANCERS)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("198.51.100.7", List.of("203.0.113.9"), List.of())).isEqualTo("198.51.100.7");
    }

    @Test
    void behindTheCitysBalancerTheClientIsTheAddressItAppended() {
        assertThat(ClientAddress.of("10.0.0.5", List.of("203.0.113.9"), BALANCERS)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("2001:db8:0:0:0:0:0:1", List.of("203.0.113.9"), BALANCERS))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void anAddressTheClientWroteItselfIsNotBelieved() {
        // the client sent "X-Forwarded-For: 192.0.2.1"; the balancer appended the address it really came from
        assertThat(ClientAddress.of("10.0.0.5", List.of("192.0.2.1, 203.0.113.9"), BALANCERS))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedBackToTheFirstUntrustedHop() {
        assertThat(ClientAddress.of("10.0.0.5", List.of("203.0.113.9, 10.0.0.7"), BALANCERS))
                .isEqualTo("203.0.113.9");
    }
}
