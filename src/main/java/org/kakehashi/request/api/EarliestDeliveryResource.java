package org.kakehashi.request.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.platform.problem.WholeNumberParameter;
import org.kakehashi.request.EarliestDelivery;
import org.kakehashi.request.RequestProblem;
import org.kakehashi.request.RequestType;

import java.util.List;

/** The earliest delivery date the forms show while a request is written, for staff and citizens alike. */
@Path("requests/earliest-delivery")
@Produces(MediaType.APPLICATION_JSON)
public class EarliestDeliveryResource {

    /** The largest volume the earliest date is worked out for: ten million characters or words. */
    private static final int MAX_VOLUME = 10_000_000;

    @Inject
    EarliestDelivery earliestDelivery;

    /**
     * The earliest delivery date the office can promise for a request of this type whose counting receipt
     * estimates {@code hours} of work, shown on the forms while the requester types. With the text's
     * {@code source} language, its {@code target} languages (repeated) and its {@code volume} in the source's unit
     * (characters for Japanese and Chinese, words otherwise), a translation's date counts the open work ahead of
     * it in each pair against the capacity of the office's translators of the pair, and the answer carries each
     * pair's queue: the requests ahead, their volume, the translators and their capacity a day, and the days the
     * work ahead fills.
     */
    @GET
    @Public
    @SecurityRequirementsSet
    public EarliestDelivery.Estimate earliestDelivery(
            @Parameter(description = "translation (default), checking or interpretation")
            @QueryParam("type") String type,
            @Parameter(description = "The counting receipt's estimated hours, 0 to 10,000")
            @QueryParam("hours") String hours,
            @Parameter(description = "The text's language; with target, the date counts the queue of each pair")
            @QueryParam("source") String source,
            @Parameter(description = "A target language; repeated for several")
            @QueryParam("target") List<String> targets,
            @Parameter(description = "The text's volume in the source's unit: characters for Japanese and Chinese, "
                    + "words otherwise")
            @QueryParam("volume") String volume) {
        RequestType requestType = type == null || type.isBlank()
                ? RequestType.TRANSLATION : SubmitRequestForm.valueOf(RequestType.class, "type", type);
        LanguageTag sourceLanguage = source == null || source.isBlank() ? null : languageOf("source", source);
        List<LanguageTag> targetLanguages = targets == null ? List.of() : targets.stream()
                .filter(target -> target != null && !target.isBlank())
                .map(target -> languageOf("target", target))
                .toList();
        return earliestDelivery.estimate(requestType, estimatedHours(hours), sourceLanguage, targetLanguages,
                volume == null || volume.isBlank() ? 0 : WholeNumberParameter.of("volume", volume, 0, MAX_VOLUME));
    }

    private static LanguageTag languageOf(String field, String tag) {
        try {
            return LanguageTag.of(tag.strip());
        } catch (InvalidLanguageTagException e) {
            throw RequestProblem.invalid(field, "language.invalid-tag", tag);
        }
    }

    private static double estimatedHours(String hours) {
        if (hours == null || hours.isBlank()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(hours.strip());
            if (value >= 0 && value <= 10_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below with the field named
        }
        throw RequestProblem.invalid("hours", "request.hours-invalid", hours);
    }
}
