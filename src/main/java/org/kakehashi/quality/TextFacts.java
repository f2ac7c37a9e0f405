package org.kakehashi.quality;

import org.kakehashi.language.LanguageTag;

import java.util.List;

/**
 * The facts one text in one language states, in the order it states them. Each span of the text is one fact at
 * most, read in this order: URLs and mail addresses, phone numbers, dates, times of day, amounts, and the numbers
 * left over.
 */
public final class TextFacts {

    private final List<Fact> facts;

    private TextFacts(List<Fact> facts) {
        this.facts = facts;
    }

    public static TextFacts of(String text, LanguageTag language) {
        ScannedText scanned = new ScannedText(text);
        WebAddresses.claimIn(scanned);
        PhoneNumbers.claimIn(scanned);
        Dates.claimIn(scanned);
        ClockTimes.claimIn(scanned, language);
        Amounts.claimIn(scanned, language);
        Figures.claimIn(scanned, language);
        return new TextFacts(scanned.facts());
    }

    public List<Fact> facts() {
        return facts;
    }
}
