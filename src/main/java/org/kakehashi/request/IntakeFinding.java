package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * Something the coordinator should weigh at triage, found when the request came in: a short lead time, a text
 * over the citizens' limit, a topic the office refuses, personal data in the text. Findings inform; the coordinator
 * decides.
 */
@Embeddable
public class IntakeFinding {

    public enum Kind { SHORT_LEAD_TIME, OVER_CITIZEN_LIMIT, REFUSED_TOPIC, PERSONAL_DATA }

    @Column(name = "kind", nullable = false, length = 32)
    private String kind;

    /**
     * The numbers, the topic or the kind of personal data the finding is about, for its message: "6|10",
     * "1840|1500", "POLITICAL", "MY_NUMBER|1".
     */
    @Column(name = "detail", length = 64)
    private String detail;

    protected IntakeFinding() {
    }

    IntakeFinding(Kind kind, String detail) {
        this.kind = kind.name();
        this.detail = detail;
    }

    /** By value: the findings are a set, and Hibernate tells a changed set from an unchanged one by equality. */
    @Override
    public boolean equals(Object other) {
        return other instanceof IntakeFinding finding && kind.equals(finding.kind)
                && Objects.equals(detail, finding.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, detail);
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public String detail() {
        return detail;
    }
}
