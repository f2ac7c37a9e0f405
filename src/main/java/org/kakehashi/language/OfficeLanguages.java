package org.kakehashi.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the office's {@link LanguageCatalog} and {@link TextCounter} injectable. */
@ApplicationScoped
public class OfficeLanguages {

    @Produces
    @Singleton
    LanguageCatalog catalog() {
        return LanguageCatalog.offeredByTheOffice();
    }

    /**
     * The counter with the office's rates: system properties {@code kakehashi.rate.characters-per-hour} and
     * {@code kakehashi.rate.words-per-hour}, else {@link CountingRates#DEFAULT}.
     */
    @Produces
    @Singleton
    TextCounter counter() {
        return new TextCounter(new CountingRates(
                Double.parseDouble(System.getProperty("kakehashi.rate.characters-per-hour",
                        String.valueOf(CountingRates.DEFAULT.charactersPerHour()))),
                Double.parseDouble(System.getProperty("kakehashi.rate.words-per-hour",
                        String.valueOf(CountingRates.DEFAULT.wordsPerHour())))));
    }
}
