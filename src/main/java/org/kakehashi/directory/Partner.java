package org.kakehashi.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.kakehashi.language.LanguageTag;

import java.time.ZoneId;

/** A sister or friendship city's office that receives deliveries, in its own language and time zone. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @Column(length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 35)
    private LanguageTag language;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    protected Partner() {
    }

    public Partner(String code, String name, LanguageTag language, ZoneId timeZone) {
        this.code = code;
        this.name = name;
        this.language = language;
        this.timeZone = timeZone.getId();
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

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }
}
