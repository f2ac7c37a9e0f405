package org.kakehashi.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.kakehashi.language.CountingReceipt;

/** The counting receipt of a request's text as it was submitted, kept with the request for quotes and reports. */
@Embeddable
public class TextVolume {

    @Column(name = "volume_unit", length = 16)
    private String unit;
    @Column(name = "volume_characters")
    private long characters;
    @Column(name = "volume_words")
    private Long words;
    @Column(name = "volume_kanji")
    private long kanji;
    @Column(name = "volume_kana")
    private long kana;
    @Column(name = "volume_latin_letters")
    private long latinLetters;
    @Column(name = "volume_latin_words")
    private long latinWords;
    @Column(name = "volume_digits")
    private long digits;
    @Column(name = "volume_punctuation")
    private long punctuation;
    @Column(name = "volume_other")
    private long other;
    @Column(name = "volume_manuscript_pages")
    private long manuscriptPages;
    @Column(name = "volume_estimated_hours")
    private double estimatedHours;

    protected TextVolume() {
    }

    static TextVolume of(CountingReceipt receipt) {
        TextVolume volume = new TextVolume();
        volume.unit = receipt.unit().name();
        volume.characters = receipt.characters();
        volume.words = receipt.words();
        CountingReceipt.Breakdown b = receipt.breakdown();
        volume.kanji = b.kanji();
        volume.kana = b.kana();
        volume.latinLetters = b.latinLetters();
        volume.latinWords = b.latinWords();
        volume.digits = b.digits();
        volume.punctuation = b.punctuation();
        volume.other = b.other();
        volume.manuscriptPages = receipt.manuscriptPages();
        volume.estimatedHours = receipt.estimatedHours();
        return volume;
    }

    /** The volume in the unit the text was counted in, characters or words; null without a receipt. */
    public Long amount() {
        if (unit == null) {
            return null;
        }
        return CountingReceipt.Unit.valueOf(unit) == CountingReceipt.Unit.CHARACTERS ? Long.valueOf(characters) : words;
    }

    public CountingReceipt toReceipt(String language) {
        return new CountingReceipt(language, CountingReceipt.Unit.valueOf(unit), characters, words,
                new CountingReceipt.Breakdown(kanji, kana, latinLetters, latinWords, digits, punctuation, other),
                manuscriptPages, estimatedHours);
    }
}
