package org.kakehashi.request;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.language.CountingRates;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.TextCounter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataErasureTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant SUBMITTED = Instant.parse("2026-05-11T01:00:00Z");
    private static final String TEXT = "マリア・サントスです。国民健康保険の手続きについて教えてください。";

    private static Request citizensRequest() {
        NewRequest form = NewRequest.translation(LanguageTag.of("ja"), LanguageTag.of("en"), TEXT,
                LocalDate.of(2026, 6, 1)).from(new CitizenOrigin("Maria Santos", "maria@example.org", LanguageTag.of("en"), "f".repeat(64),
                "n".repeat(32)));
        return Request.submit(new Submission(RequestNumber.of(new FiscalYear(2026), 7), "citizen:1a2b3c4d5e6f", null,
                form, new TextCounter(new CountingRates(2000, 400)).count(TEXT, LanguageTag.of("ja")), null, SUBMITTED, TOKYO));
    }

    @Test
    void aClosedCitizensRequestKeepsItsStepsButNotWhatTheCitizenWrote() {
        Request request = citizensRequest();
        request.reject("emily", "other", "保険年金課の窓口でご相談ください（サントス様）", SUBMITTED.plusSeconds(3_600));
        Instant erasedAt = Instant.parse("2027-05-12T17:00:00Z");

        request.erasePersonalData(erasedAt);

        CitizenOrigin citizen = request.citizen().orElseThrow();
        assertThat(citizen.name()).isNull();
        assertThat(citizen.email()).isEmpty();
        assertThat(request.brief().text()).isEmpty();
        assertThat(request.timeline()).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.note()).isNull())
                .anySatisfy(entry -> {
                    assertThat(entry.event()).isEqualTo(TimelineEvent.REJECTED);
                    assertThat(entry.actor()).isEqualTo("emily");
                });
        assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(request.isFromCitizen()).isTrue();
        assertThat(citizen.personalDataErasedAt()).contains(erasedAt);
    }

    @Test
    void anOpenRequestKeepsItsData() {
        Request request = citizensRequest();

        assertThatThrownBy(() -> request.erasePersonalData(SUBMITTED.plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(request.citizen().map(CitizenOrigin::name)).contains("Maria Santos");
    }
}
