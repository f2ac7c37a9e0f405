package org.kakehashi.notification;

import org.junit.jupiter.api.Test;
import org.kakehashi.directory.Person;
import org.kakehashi.directory.TestDirectory;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;
import org.kakehashi.request.TestRequests;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientsTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");
    private static final LanguageTag PT_BR = LanguageTag.of("pt-BR");
    private static final Instant CLOSED = Instant.parse("2026-11-30T08:00:00Z");

    private static Person sato() {
        Person sato = new Person("sato", "佐藤", "sougou-fukushi", null, Set.of(Role.REQUESTER), Set.of());
        sato.reachAt("sato@city.example.jp", null);
        return sato;
    }

    private static Person partnerContact(String username, String partner) {
        Person contact = new Person(username, username, null, partner, Set.of(Role.PARTNER), Set.of());
        contact.reachAt(username + "@" + partner + ".example.nz", EN);
        return contact;
    }

    @Test
    void aCitizenIsWrittenToAtTheAddressOnTheFormInTheLanguageOfTheFormWhateverTheTextsLanguage() {
        Recipients recipients = new Recipients(new TestDirectory());

        assertThat(recipients.requesterOf(TestRequests.citizenTranslation("Maria Santos", "maria@example.org",
                PT_BR, JA, EN)))
                .contains(new Recipients.Addressee(new MailMessage.Recipient("maria@example.org", "Maria Santos"),
                        PT_BR, Optional.empty()));
    }

    @Test
    void aCitizenWhoGaveNoAddressIsNotWrittenTo() {
        Recipients recipients = new Recipients(new TestDirectory());

        assertThat(recipients.requesterOf(TestRequests.citizenTranslation("Maria Santos", null, PT_BR, JA)))
                .isEmpty();
    }

    @Test
    void aMemberOfStaffIsWrittenToAtTheirDirectoryAddressInJapaneseUnlessTheyChoseOtherwise() {
        Person sato = sato();
        Recipients recipients = new Recipients(new TestDirectory(sato));

        assertThat(recipients.requesterOf(TestRequests.translation("sato", JA, EN)))
                .contains(new Recipients.Addressee(new MailMessage.Recipient("sato@city.example.jp", "佐藤"), JA,
                        Optional.of(sato)));
    }

    @Test
    void aRequesterWhoseAccountWasClosedIsNotWrittenTo() {
        Person sato = sato();
        sato.deactivate(CLOSED);
        Recipients recipients = new Recipients(new TestDirectory(sato));

        assertThat(recipients.requesterOf(TestRequests.translation("sato", JA, EN))).isEmpty();
    }

    @Test
    void aPartnersContactsAreItsActivePeopleWithThePartnerRoleAndAnAddress() {
        Person aroha = partnerContact("aroha", "napier");
        Person left = partnerContact("james", "napier");
        left.deactivate(CLOSED);
        Person noAddress = new Person("mere", "Mere", null, "napier", Set.of(Role.PARTNER), Set.of());
        Person otherPartner = partnerContact("li", "yantai");
        Person notAContact = new Person("sam", "Sam", null, "napier", Set.of(Role.LINGUIST), Set.of());
        notAContact.reachAt("sam@napier.example.nz", EN);
        Recipients recipients = new Recipients(new TestDirectory(aroha, left, noAddress, otherPartner, notAContact));

        assertThat(recipients.contactsOf("napier")).extracting(to -> to.recipient().address())
                .containsExactly("aroha@napier.example.nz");
    }
}
