package org.kakehashi.machine;

import org.kakehashi.language.LanguageTag;

import java.util.List;

/**
 * A machine translation service that drafts translations for a translator to revise; its drafts are never
 * delivered as they are.
 */
public interface MachineTranslator {

    /**
     * @return one translation for each text, in the order of the texts
     * @throws MachineTranslationUnavailable when the service cannot be reached in time, refuses, or answers
     *                                       something other than one translation for each text
     */
    List<String> translate(List<String> texts, LanguageTag source, LanguageTag target);

    /** The service's name, which a draft gives as its origin: {@code LibreTranslate}, {@code DeepL}. */
    String name();
}
