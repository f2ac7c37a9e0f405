package org.kakehashi.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The office's style notes: how it writes for its readers (names, dates, tone, what it never translates), kept on
 * one page that every coordinator edits and hands on.
 */
@Entity
@Table(name = "style_notes")
public class StyleNotes {

    static final int ID = 1;
    static final int TEXT_LENGTH = 20_000;

    @Id
    private int id;

    @Version
    private long version;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    protected StyleNotes() {
    }

    void write(String text, String by, Instant at) {
        this.text = text;
        this.changedBy = by;
        this.changedAt = at;
    }

    public long version() {
        return version;
    }

    public String text() {
        return text;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
