package org.kakehashi.delivery;

import org.junit.jupiter.api.Test;
import org.kakehashi.directory.Person;
import org.kakehashi.directory.TestDirectory;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.notification.MailMessage;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.Request;
import org.kakehashi.request.TestRequests;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DeliveryRecipientsTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag EN_NZ = LanguageTag.of("en-NZ");
    private static final LanguageTag PT_BR = LanguageTag.of("pt-BR");
    private static final Instant CLOSED = Instant.parse("2026-11-30T08:00:00Z");

    private static Person sato() {
        return new Person("sato", "佐藤", "sougou-fukushi", null, Set.of(Role.REQUESTER), Set.of());
    }

    private static Person contact(String username, String partner) {
        Person contact = new Person(username, username, null, partner, Set.of(Role.PARTNER), Set.of());
        contact.reachAt(username + "@" + partner + ".example", EN_NZ);
        return contact;
    }

    @Test
    void aCitizensTranslationGoesToTheAddressOnTheFormInTheLanguageOfTheForm() {
        DeliveryRecipients recipients = new DeliveryRecipients(new TestDirectory());
        Request request = TestRequests.citizenTranslation("Maria Santos", "maria@example.org", PT_BR, JA, EN);

        assertThat(recipients.of(request)).containsExactly(new DeliveryRecipients.Recipient("maria@example.org",
                null, new MailMessage.Recipient("maria@example.org", "Maria Santos"), PT_BR));
    }

    @Test
    void aCitizenWhoGaveNoAddressHasNothingSent() {
        DeliveryRecipients recipients = new DeliveryRecipients(new TestDirectory());

        assertThat(recipients.of(TestRequests.citizenTranslation("Maria Santos", null, PT_BR, JA))).isEmpty();
    }

    @Test
    void aMemberOfStaffGetsTheLinksAndAMailAtTheirAddress() {
        Person sato = sato();
        sato.reachAt("sato@city.example.jp", null);
        DeliveryRecipients recipients = new DeliveryRecipients(new TestDirectory(sato));

        MailMessage.Recipient address = new MailMessage.Recipient("sato@city.example.jp", "佐藤");

        assertThat(recipients.of(TestRequests.translation("sato", JA, EN)))
                .containsExactly(new DeliveryRecipients.Recipient("sato", null, address, JA));
    }

    @Test
    void aRequesterWithoutAnAddressStillGetsTheLinksButNoMail() {
        DeliveryRecipients recipients = new DeliveryRecipients(new TestDirectory(sato()));

        assertThat(recipients.of(TestRequests.translation("sato", JA, EN)))
                .containsExactly(new DeliveryRecipients.Recipient("sato", null, null, JA));
    }

    @Test
    void everyActiveContactOfEachChosenPartnerGetsTheDeliveryForThatPartner() {
        Person aroha = contact("aroha", "napier");
        Person james = contact("james", "napier");
        james.deactivate(CLOSED);
        Person li = contact("li", "yantai");
        Person notChosen = contact("anna", "kaunas");
        Request request = TestRequests.translationAlsoFor(Set.of("napier", "yantai"), "sato", JA, EN);
        DeliveryRecipients recipients = new DeliveryRecipients(new TestDirectory(sato(), aroha, james, li, notChosen));

        assertThat(recipients.of(request))
                .extracting(DeliveryRecipients.Recipient::id, DeliveryRecipients.Recipient::partner)
                .containsExactlyInAnyOrder(tuple("sato", null),
                        tuple("aroha", "napier"),
                        tuple("li", "yantai"));
    }
}
