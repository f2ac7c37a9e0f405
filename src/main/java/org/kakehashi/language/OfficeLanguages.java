package org.kakehashi.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the office's {@link LanguageCatalog} injectable; it is read once. */
@ApplicationScoped
public class OfficeLanguages {

    @Produces
    @Singleton
    LanguageCatalog catalog() {
        return LanguageCatalog.offeredByTheOffice();
    }
}
