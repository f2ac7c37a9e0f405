package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataErasureTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant SUBMITTED = Instant.parse("2026-05-11T01:00:00Z");
    private static final String TEXT = "マリア・サントスです。国民健康保険の手続きについて教えてください。";

    private static Request citizensRequest() {
        Request request = Request.submit(RequestNumber.of(new FiscalYear(2026), 7),
                RequestType.TRANSLATION, null, null, "citizen:1a2b3c4d5e6f", null, LanguageTag.of("ja"),
                List.of(LanguageTag.of("en")), Map.of(), TEXT,
                new TextCounter(CountingRates.DEFAULT).count(TEXT, LanguageTag.of("ja")), LocalDate.of(2026, 6, 1),
                SUBMITTED, TOKYO);
        request.identifyCitizen("Maria Santos", "maria@example.org", "f".repeat(64), "n".repeat(32));
        return request;
    }

    @Test
    void aClosedCitizensRequestKeepsItsStepsButNotWhatTheCitizenWrote() {
        Request request = citizensRequest();
        request.reject("emily", "other", "保険年金課の窓口でご相談ください（サントス様）", SUBMITTED.plusSeconds(3_600));
        Instant erasedAt = Instant.parse("2027-05-12T17:00:00Z");

        request.erasePersonalData(erasedAt);

        assertThat(request.citizenName()).isNull();
        assertThat(request.citizenEmail()).isNull();
        assertThat(request.text()).isEmpty();
        assertThat(request.timeline()).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.note()).isNull())
                .anySatisfy(entry -> {
                    assertThat(entry.event()).isEqualTo(TimelineEvent.REJECTED);
                    assertThat(entry.actor()).isEqualTo("emily");
                });
        assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(request.isFromCitizen()).isTrue();
        assertThat(request.personalDataErasedAt()).contains(erasedAt);
    }

    @Test
    void anOpenRequestKeepsItsData() {
        Request request = citizensRequest();

        assertThatThrownBy(() -> request.erasePersonalData(SUBMITTED.plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(request.citizenName()).isEqualTo("Maria Santos");
    }
}
