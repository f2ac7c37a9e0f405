package org.kakehashi.webhook;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestStepTaken;
import org.kakehashi.request.TestRequests;
import org.kakehashi.request.TimelineEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookPayloadTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final String BASE = "https://kakehashi.city.example.jp";

    private static RequestStepTaken step(Request request, TimelineEvent event, String actor, String note) {
        return new RequestStepTaken(request.number(), event, actor, null, note, TestRequests.SUBMITTED_AT);
    }

    @Test
    void aCitizensRequestIsAnnouncedWithoutTheirNameAddressTextOrAccount() {
        Request request = TestRequests.citizenTranslation("グエン・ヴァン・アン", "an@example.com", JA, EN);

        WebhookPayload payload = WebhookPayload.of(WebhookEvent.SUBMITTED,
                step(request, TimelineEvent.SUBMITTED, request.requester().username(), null), request, BASE);

        assertThat(payload.type()).isEqualTo("request.submitted");
        assertThat(payload.data().by()).isEqualTo("citizen");
        assertThat(payload.data().url())
                .isEqualTo("https://kakehashi.city.example.jp/request.html?number=" + request.number().value());
        assertThat(payload.toString()).as("every value the JSON is made of")
                .doesNotContain("グエン", "an@example.com", request.requester().username(), request.brief().text());
    }

    @Test
    void aStaffStepNamesWhoTookItAndAReceiptThePartner() {
        Request request = TestRequests.translation("sato", JA, EN);

        WebhookPayload payload = WebhookPayload.of(WebhookEvent.RECEIPT_CONFIRMED,
                step(request, TimelineEvent.RECEIPT_CONFIRMED, "aroha", "napier"), request, BASE);

        assertThat(payload.data().by()).isEqualTo("aroha");
        assertThat(payload.data().partner()).isEqualTo("napier");
        assertThat(payload.data().targetLanguages()).isEqualTo(List.of("en"));
        assertThat(WebhookPayload.of(WebhookEvent.SUBMITTED,
                step(request, TimelineEvent.SUBMITTED, "sato", null), request, BASE).data().partner()).isNull();
    }
}
