package org.kakehashi.request.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.language.WellFormedLanguageTag;
import org.kakehashi.request.NewRequest;

import java.time.LocalDate;

/** The request form as JSON. */
public record SubmitRequestForm(
        @NotBlank @WellFormedLanguageTag @Size(max = 35) String sourceLanguage,
        @NotBlank @WellFormedLanguageTag @Size(max = 35) String targetLanguage,
        @NotBlank @Size(max = 200_000) String text,
        @NotNull LocalDate wantedBy) {

    NewRequest toNewRequest() {
        return new NewRequest(LanguageTag.of(sourceLanguage), LanguageTag.of(targetLanguage), text, wantedBy);
    }
}
