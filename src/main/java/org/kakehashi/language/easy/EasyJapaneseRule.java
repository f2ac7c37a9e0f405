package org.kakehashi.language.easy;

/**
 * The advice of 在留支援のためのやさしい日本語ガイドライン (2020) that a program can measure, each with the key a
 * client shows its message by.
 */
public enum EasyJapaneseRule {

    /** 一文を短くする: a sentence longer than {@link EasyJapaneseCheck#MAX_SENTENCE_CHARACTERS} characters. */
    SENTENCE_LENGTH("sentence-length"),
    /** 漢字の量に注意する: a sentence with more than {@link EasyJapaneseCheck#MAX_KANJI_PER_SENTENCE} kanji. */
    KANJI_COUNT("kanji-count"),
    /** 文末は「です」「ます」にする: a sentence ending in plain form (行く, 雨だ) or in である. */
    PLAIN_ENDING("plain-ending"),
    /** 二重否定は使わない: 〜ないことはない, 〜なくはない, 〜ないわけではない. */
    DOUBLE_NEGATIVE("double-negative"),
    /** 受身形や使役表現はできる限り使わない: れる/られる, せる/させる, させられる. */
    PASSIVE_OR_CAUSATIVE("passive-or-causative"),
    /** 尊敬語や謙譲語は使わない: いらっしゃる, 申し上げる, お〜になる, ご〜ください, お〜する, 〜ております. */
    HONORIFIC("honorific"),
    /** 外来語(カタカナ語)はできる限り使わない: a katakana word that is not an everyday word. */
    LOANWORD("loanword"),
    /** 難しい言葉は使わない: a noun or verb outside the everyday words. */
    UNCOMMON_WORD("uncommon-word");

    private final String key;

    EasyJapaneseRule(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
