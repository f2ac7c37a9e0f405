package org.kakehashi.directory;

import org.kakehashi.language.LanguageTag;

import java.time.LocalTime;
import java.util.List;

/** A partner as the administration API shows it, with the contacts who receive its deliveries. */
public record PartnerView(String code, String name, String country, String language, List<String> otherLanguages,
                          String timeZone, LocalTime officeOpens, LocalTime officeCloses, List<Contact> contacts) {

    /** A person of the partner's office, and the language mail to them is written in. */
    public record Contact(String username, String displayName, String email, String mailLanguage, boolean active) {
    }

    static PartnerView of(Partner partner, List<Person> people) {
        return new PartnerView(partner.code(), partner.name(), partner.country().orElse(null),
                partner.language().value(), partner.otherLanguages().stream().map(LanguageTag::value).sorted().toList(),
                partner.timeZone().getId(), partner.officeHours().map(OfficeHours::opens).orElse(null),
                partner.officeHours().map(OfficeHours::closes).orElse(null),
                people.stream().filter(p -> partner.code().equals(p.partner()))
                        .map(p -> new Contact(p.username(), p.displayName(), p.email().orElse(null),
                                p.mailLanguage().value(), p.isActive()))
                        .toList());
    }
}
