package org.kakehashi.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Someone who works with Kakehashi: city staff, the coordinator, reviewers, partners' contacts. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 64)
    private String department;

    @Column(length = 64)
    private String partner;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(length = 254)
    private String email;

    /** The language mail and pages are written in for this person (BCP 47; Japanese unless told). */
    @Column(name = "mail_language", length = 35)
    private String mailLanguage;

    @Column(name = "mail_preference", length = 16)
    private MailPreference mailPreference;

    /** Set when an administrator closes the account: the person stays in the records, but cannot log in. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_language_pair", joinColumns = @JoinColumn(name = "username"))
    private Set<LanguagePair> languagePairs = new HashSet<>();

    protected Person() {
    }

    public Person(String username, String displayName, String department, String partner, Set<Role> roles,
                  Set<LanguagePair> languagePairs) {
        this.username = username;
        this.displayName = displayName;
        this.department = department;
        this.partner = partner;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.languagePairs = new HashSet<>(languagePairs);
    }

    /** An administrator's changes: name, department or partner organisation, roles and language pairs. */
    public void update(String displayName, String department, String partner, Set<Role> roles,
                       Set<LanguagePair> languagePairs) {
        this.displayName = displayName;
        this.department = department;
        this.partner = partner;
        this.roles.clear();
        this.roles.addAll(roles);
        this.languagePairs.clear();
        this.languagePairs.addAll(languagePairs);
    }

    /** Where and in which language this person is written to. */
    public void reachAt(String email, LanguageTag language) {
        this.email = email;
        this.mailLanguage = language == null ? null : language.value();
    }

    public void preferMail(MailPreference preference) {
        this.mailPreference = preference;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public LanguageTag mailLanguage() {
        return mailLanguageOf(mailLanguage);
    }

    static LanguageTag mailLanguageOf(String stored) {
        return stored == null ? LanguageTag.of("ja") : LanguageTag.of(stored);
    }

    /** Immediate mail unless chosen otherwise; coordinators, who see every change, get a daily digest. */
    public MailPreference mailPreference() {
        return mailPreferenceOf(mailPreference, roles.contains(Role.COORDINATOR));
    }

    static MailPreference mailPreferenceOf(MailPreference chosen, boolean coordinator) {
        if (chosen != null) {
            return chosen;
        }
        return coordinator ? MailPreference.DIGEST : MailPreference.IMMEDIATE;
    }

    public void deactivate(Instant at) {
        if (deactivatedAt == null) {
            deactivatedAt = at;
        }
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String department() {
        return department;
    }

    public String partner() {
        return partner;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** The directions this person translates, interprets or reviews in. */
    public Set<LanguagePair> languagePairs() {
        return Set.copyOf(languagePairs);
    }
}
