package org.kakehashi.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.kakehashi.platform.config.StartSettings;

/** Makes the office's {@link LanguageCatalog} and {@link TextCounter} injectable. */
@ApplicationScoped
public class OfficeLanguages {

    @Produces
    @Singleton
    LanguageCatalog catalog() {
        return LanguageCatalog.offeredByTheOffice();
    }

    /** The counter with the office's rates of translation per hour. */
    @Produces
    @Singleton
    TextCounter counter(StartSettings settings) {
        return new TextCounter(new CountingRates(settings.charactersPerHour(), settings.wordsPerHour()));
    }
}
