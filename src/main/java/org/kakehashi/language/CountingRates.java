package org.kakehashi.language;

/**
 * How fast the office translates, for the hour estimate of a receipt. The defaults (2,000 Japanese characters
 * or 400 source words an hour, drafting and checking included) are a starting point a city adjusts.
 */
public record CountingRates(double charactersPerHour, double wordsPerHour) {

    public static final CountingRates DEFAULT = new CountingRates(2000, 400);

    public CountingRates {
        if (charactersPerHour <= 0 || wordsPerHour <= 0) {
            throw new IllegalArgumentException("rates must be positive");
        }
    }
}
