package org.kakehashi.citizen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kakehashi.language.WellFormedLanguageTag;
import org.kakehashi.request.api.SubmitRequestForm;

import java.time.LocalDate;
import java.util.List;

/**
 * The public form: a translation of a short text (the coordinator sees a finding when it is over the citizens'
 * limit) or an interpreter at an event, with the citizen's name and an address to reach them.
 * {@code website} is a field people never see and bots fill in.
 */
public record CitizenRequestForm(
        @Size(max = 16) String type,
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @NotBlank @WellFormedLanguageTag @Size(max = 35) String sourceLanguage,
        @NotBlank @WellFormedLanguageTag @Size(max = 35) String targetLanguage,
        @Size(max = 10_000) String text,
        LocalDate wantedBy,
        @Valid SubmitRequestForm.EventForm event,
        @NotBlank @Size(max = 200) String formToken,
        @Size(max = 200) String website) {

    /** The same request as the staff form would take it. */
    SubmitRequestForm asStaffForm() {
        return new SubmitRequestForm(type, null, null, sourceLanguage, List.of(targetLanguage), null, text, wantedBy,
                event, null, null, null);
    }
}
