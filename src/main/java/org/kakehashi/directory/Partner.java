package org.kakehashi.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.kakehashi.language.LanguageTag;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A sister or friendship city's office that receives deliveries, in its own language and time zone. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @Column(length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** The language deliveries to this partner are made in. */
    @Column(nullable = false, length = 35)
    private LanguageTag language;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    /** ISO 3166-1 alpha-2. */
    @Column(length = 2)
    private String country;

    @Column(name = "office_opens")
    private LocalTime officeOpens;

    @Column(name = "office_closes")
    private LocalTime officeCloses;

    /** The languages the office also reads, besides {@link #language}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_language", joinColumns = @JoinColumn(name = "partner_code"))
    @Column(name = "language", nullable = false, length = 35)
    private Set<LanguageTag> otherLanguages = new LinkedHashSet<>();

    protected Partner() {
    }

    public Partner(String code, String name, LanguageTag language, ZoneId timeZone) {
        this.code = code;
        this.name = name;
        this.language = language;
        this.timeZone = timeZone.getId();
    }

    /** An administrator's changes: everything but the code, which requests and contacts refer to. */
    public void describe(String name, String country, LanguageTag language, Set<LanguageTag> otherLanguages,
                         ZoneId timeZone, OfficeHours hours) {
        this.name = name;
        this.country = country;
        this.language = language;
        this.otherLanguages.clear();
        this.otherLanguages.addAll(otherLanguages);
        this.otherLanguages.remove(language);
        this.timeZone = timeZone.getId();
        this.officeOpens = hours == null ? null : hours.opens();
        this.officeCloses = hours == null ? null : hours.closes();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public LanguageTag language() {
        return language;
    }

    public Set<LanguageTag> otherLanguages() {
        return Set.copyOf(otherLanguages);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    public Optional<OfficeHours> officeHours() {
        return officeOpens == null || officeCloses == null ? Optional.empty()
                : Optional.of(new OfficeHours(officeOpens, officeCloses));
    }
}
