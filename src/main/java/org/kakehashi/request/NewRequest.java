package org.kakehashi.request;

import org.kakehashi.language.LanguageTag;

import java.time.LocalDate;

/** What a requester asks for. */
public record NewRequest(LanguageTag sourceLanguage, LanguageTag targetLanguage, String text, LocalDate wantedBy) {
}
