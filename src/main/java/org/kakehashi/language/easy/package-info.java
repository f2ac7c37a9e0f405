/**
 * やさしい日本語 (plain Japanese) at intake: a Japanese source text checked against the measurable advice of the
 * national guideline 在留支援のためのやさしい日本語ガイドライン (出入国在留管理庁・文化庁, 2020) — short sentences,
 * few kanji, です/ます endings, no double negatives, passives, causatives, honorific or humble forms, few
 * loanwords, everyday words. Each finding is placed at its sentence and its characters in the text. Sentences are
 * cut by their punctuation and line breaks; words by Kuromoji (IPADIC) through one shared analyzer, so that a check
 * is cheap enough to run as a text is typed.
 */
package org.kakehashi.language.easy;
