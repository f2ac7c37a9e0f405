package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/**
 * Whether the requester of a Japanese text also wants it in やさしい日本語 (the easy Japanese of the national
 * guideline for residents, 在留支援のためのやさしい日本語ガイドライン), or why not — as some cities' paper forms ask.
 * The office counts the answers in its fiscal-year report; a version wanted is a rewrite job into Japanese.
 */
@Embeddable
public class EasyJapaneseAnswer {

    /** Why no easy-Japanese version: the reasons those forms offer. */
    public enum Reason {
        /** The readers are not residents: a partner city, another office, a company. */
        NOT_FOR_RESIDENTS,
        /** The wording binds and may not change: laws, contracts, official notices quoted as they are. */
        FIXED_WORDING,
        /** The text is written in easy Japanese already. */
        ALREADY_EASY,
        OTHER
    }

    @Column(name = "easy_japanese_wanted", updatable = false)
    private Boolean wanted;

    @Enumerated(EnumType.STRING)
    @Column(name = "easy_japanese_reason", length = 24, updatable = false)
    private Reason reason;

    protected EasyJapaneseAnswer() {
    }

    private EasyJapaneseAnswer(boolean wanted, Reason reason) {
        this.wanted = wanted;
        this.reason = reason;
    }

    public static EasyJapaneseAnswer versionWanted() {
        return new EasyJapaneseAnswer(true, null);
    }

    public static EasyJapaneseAnswer notNeeded(Reason reason) {
        return new EasyJapaneseAnswer(false, Objects.requireNonNull(reason));
    }

    /** Null when the requester was not asked (a text in another language, or a request from before). */
    public Boolean wanted() {
        return wanted;
    }

    /** Null when a version is wanted. */
    public Reason reason() {
        return reason;
    }

    public boolean isWanted() {
        return Boolean.TRUE.equals(wanted);
    }
}
