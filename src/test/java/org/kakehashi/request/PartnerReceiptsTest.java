package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.CityCalendar;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerReceiptsTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final Instant AT = TestRequests.SUBMITTED_AT;

    @Test
    void onlyThePartnersWhoHaveNotConfirmedReceiptAreAwaited() {
        Request request = TestRequests.translationAlsoFor(Set.of("yantai", "napier"), "sato", JA, EN);
        request.accept("emily", AT.plusSeconds(60));
        request.onJob(EN).submitTranslation("emily", "Are you struggling alone?", null, AT.plusSeconds(120));
        request.onJob(EN).approve("tanaka", AT.plusSeconds(180));
        request.deliver("kakehashi", AT.plusSeconds(240), TestRequests.TOKYO, CityCalendar.standard());

        assertThat(request.partnerReceipts().waiting()).containsExactly("napier", "yantai");
        request.confirmReceipt("napier", "aroha", AT.plusSeconds(300));

        assertThat(request.partnerReceipts().waiting()).containsExactly("yantai");
        assertThat(request.partnerReceipts().allConfirmed()).isFalse();
        assertThat(request.partnerReceipts().confirmed()).containsExactly("napier");
    }

    @Test
    void aRequestForNoPartnerAwaitsNoReceipt() {
        Request request = TestRequests.translation("sato", JA, EN);

        assertThat(request.partnerReceipts().partners()).isEmpty();
        assertThat(request.partnerReceipts().allConfirmed()).isTrue();
    }
}
