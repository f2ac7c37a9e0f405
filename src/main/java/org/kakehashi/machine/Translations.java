package org.kakehashi.machine;

import java.util.List;

/** The check that a service gave one translation for each text it was sent, which keeps drafts aligned. */
final class Translations {

    private Translations() {
    }

    static List<String> exactlyOneEach(String service, List<String> texts, List<String> translations) {
        if (translations.size() != texts.size()) {
            throw new MachineTranslationUnavailable(service + " answered " + translations.size()
                    + " translations for " + texts.size() + " texts");
        }
        return List.copyOf(translations);
    }
}
