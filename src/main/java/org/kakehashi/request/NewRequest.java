package org.kakehashi.request;

import org.kakehashi.language.LanguageTag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a requester asks for: a translation into each target language, or a check of the translations they
 * already have (one per target language), or an interpreter at an {@code event} (then {@code text} is the
 * preparation material and {@code wantedBy} is unused). {@code partners} are the partner organisations the
 * delivery also goes to. {@code citizen} is who sent it from the public form, null for everyone else.
 * {@code easyJapanese} is the requester's answer whether a Japanese text is also wanted in やさしい日本語, null when
 * not given; a version wanted is one more target, Japanese itself: the rewrite job.
 */
public record NewRequest(RequestType type, Purpose purpose, Topic topic, LanguageTag sourceLanguage,
                         List<LanguageTag> targets, Map<LanguageTag, String> existingTranslations, String text,
                         LocalDate wantedBy, InterpretingEvent event, Set<String> partners, CitizenOrigin citizen,
                         EasyJapaneseAnswer easyJapanese) {

    static final LanguageTag JAPANESE = LanguageTag.of("ja");

    public NewRequest {
        targets = List.copyOf(targets);
        if (easyJapanese != null && easyJapanese.isWanted() && type != RequestType.INTERPRETATION
                && !targets.contains(JAPANESE)) {
            targets = Stream.concat(targets.stream(), Stream.of(JAPANESE)).toList();
        }
        existingTranslations = Map.copyOf(existingTranslations);
        partners = Set.copyOf(partners);
    }

    /** A request whose requester gave no answer about an easy-Japanese version. */
    public NewRequest(RequestType type, Purpose purpose, Topic topic, LanguageTag sourceLanguage,
                      List<LanguageTag> targets, Map<LanguageTag, String> existingTranslations, String text,
                      LocalDate wantedBy, InterpretingEvent event, Set<String> partners, CitizenOrigin citizen) {
        this(type, purpose, topic, sourceLanguage, targets, existingTranslations, text, wantedBy, event, partners,
                citizen, null);
    }

    /** The same request with its text read from the requester's file. */
    public NewRequest withText(String extracted) {
        return new NewRequest(type, purpose, topic, sourceLanguage, targets, existingTranslations, extracted, wantedBy,
                event, partners, citizen, easyJapanese);
    }

    /** The same request, sent by a citizen from the public form. */
    public NewRequest from(CitizenOrigin sender) {
        return new NewRequest(type, purpose, topic, sourceLanguage, targets, existingTranslations, text, wantedBy,
                event, partners, sender, easyJapanese);
    }

    public boolean fromCitizen() {
        return citizen != null;
    }

    /** A translation from one language into another, the most common request. */
    public static NewRequest translation(LanguageTag source, LanguageTag target, String text, LocalDate wantedBy) {
        return new NewRequest(RequestType.TRANSLATION, null, null, source, List.of(target), Map.of(), text, wantedBy,
                null, Set.of(), null);
    }
}
