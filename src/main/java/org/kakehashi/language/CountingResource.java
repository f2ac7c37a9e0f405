package org.kakehashi.language;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.Messages;

import java.util.List;

/**
 * The counting receipt of a text, as the request forms show it while a person types: open to everyone, it stores
 * nothing. The counting rules come with it in the caller's language.
 */
@Public
@SecurityRequirementsSet
@Path("counting")
@Produces(MediaType.APPLICATION_JSON)
public class CountingResource {

    public record CountingForm(@NotNull @Size(max = 1_000_000) String text,
                               @NotBlank @WellFormedLanguageTag @Size(max = 35) String language) {
    }

    public record CountingView(CountingReceipt receipt, List<String> rules) {
    }

    @Inject
    TextCounter counter;
    @Inject
    InputValidation validation;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CountingView count(CountingForm form) {
        validation.valid(form);
        CountingReceipt receipt = counter.count(form.text(), LanguageTag.of(form.language()));
        Messages messages = Messages.forPreferences(headers.getAcceptableLanguages());
        String unitRule = receipt.unit() == CountingReceipt.Unit.CHARACTERS
                ? "counting.rule.characters" : "counting.rule.words";
        return new CountingView(receipt, List.of(messages.format(unitRule), messages.format("counting.rule.breakdown"),
                messages.format("counting.rule.pages"), messages.format("counting.rule.hours")));
    }
}
