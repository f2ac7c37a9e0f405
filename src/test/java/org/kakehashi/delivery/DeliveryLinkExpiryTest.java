package org.kakehashi.delivery;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A link's days count from when its mail may go out: a partner's mail held over a holiday keeps them all. */
class DeliveryLinkExpiryTest {

    @Test
    void aMailHeldOverTheNewZealandChristmasCarriesLinksOpenFourteenDaysFromItsSending() {
        // delivered Fri 24 Dec 2027 17:30 NZDT (04:30Z); Napier's next office hour is Wed 29 Dec 09:00 NZDT =
        // Tue 28 Dec 20:00Z (PartnerSendingTimesTest); + 14 days = Tue 11 Jan 2028 20:00Z, not 7 Jan 04:30Z
        Instant delivered = Instant.parse("2027-12-24T04:30:00Z");
        Instant mailed = Instant.parse("2027-12-28T20:00:00Z");

        assertThat(DeliveryLinks.expiry(delivered, mailed, 14)).isEqualTo(Instant.parse("2028-01-11T20:00:00Z"));
    }

    @Test
    void aMailSentAtOnceCountsFromNow() {
        Instant now = Instant.parse("2027-02-12T03:30:00Z");

        assertThat(DeliveryLinks.expiry(now, now, 14)).isEqualTo(Instant.parse("2027-02-26T03:30:00Z"));
        assertThat(DeliveryLinks.expiry(now, now.minusSeconds(5), 14)).isEqualTo(Instant.parse("2027-02-26T03:30:00Z"));
    }
}
