package org.kakehashi.citizen;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.identity.Public;
import org.kakehashi.platform.problem.InputValidation;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;
import org.kakehashi.platform.web.FormParts;
import org.kakehashi.platform.web.RateLimiter;
import org.kakehashi.request.Request;
import org.kakehashi.request.RequestWork;
import org.kakehashi.request.api.RequesterReply;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The public form and status links, for citizens without an account. Each client address may fetch a few form
 * tokens and send a few requests an hour (the setting {@code public.requests-per-hour}); status lookups
 * are limited too, so that links cannot be guessed by trying.
 */
@Public
@SecurityRequirementsSet
@Path("public")
@Produces(MediaType.APPLICATION_JSON)
public class CitizenResource {

    private static final Duration HOUR = Duration.ofHours(1);

    public record FormTokenView(String formToken, long minimumSeconds) {
    }

    /** The citizen's receipt: the number to quote, and the status link to keep (shown once, never again). */
    public record ReceiptView(String number, String statusToken, String statusPage) {
    }

    @Inject
    CitizenSubmission citizens;
    @Inject
    Clock clock;
    @Inject
    RequestWork work;
    @Inject
    InputValidation validation;
    @Inject
    RateLimiter limiter;
    @Inject
    OfficeSettings settings;
    @Inject
    CallerIdentification identification;
    @Context
    HttpHeaders headers;

    @GET
    @Path("form-token")
    public FormTokenView formToken() {
        limit("form-token", 6 * perHour());
        return new FormTokenView(citizens.formToken(), FormToken.MIN_FILL.toSeconds());
    }

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The request received: its number and the status link, shown only here",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReceiptView.class)))
    public Response submit(CitizenRequestForm form) {
        limit("request", perHour());
        return received(validation.valid(form), null);
    }

    private Response received(CitizenRequestForm valid, SentLetter letter) {
        CitizenSubmission.Receipt receipt = citizens.submit(valid.name(), valid.email(), formLanguage(),
                valid.formToken(), valid.website(), validation.valid(valid.asStaffForm()).toNewRequest(clock.getZone()),
                letter);
        return Response.status(Response.Status.CREATED)
                .entity(new ReceiptView(receipt.request().number().value(), receipt.statusToken(),
                        "status.html#" + receipt.statusToken()))
                .build();
    }

    /**
     * The form with the photo or scan of the letter the citizen received: part {@code request} is the form's JSON,
     * part {@code letter} a PDF, JPEG or PNG file; with a letter, the text may be left empty.
     */
    @POST
    @Path("requests")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(responseCode = "201", description = "The request received with its letter: its number and the status link, shown only here",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReceiptView.class)))
    public Response submitWithLetter(List<EntityPart> parts) throws IOException {
        limit("request", perHour());
        CitizenRequestForm form = null;
        SentLetter letter = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "request" -> form = FormParts.jsonOf(part, CitizenRequestForm.class);
                case "letter" -> letter = new SentLetter(part.getFileName().orElse(null), FormParts.bytesOf(part));
                default -> {
                }
            }
        }
        if (letter == null || letter.bytes().length == 0) {
            throw CitizenProblem.letterMissing();
        }
        return received(validation.valid(form), letter);
    }

    @GET
    @Path("status/{token}")
    public CitizenStatusView status(@PathParam("token") String token) {
        limit("status", 60 * perHour());
        return CitizenStatusView.of(requestBehind(token), messages());
    }

    /** The citizen answers the coordinator's question; triage resumes. */
    @POST
    @Path("status/{token}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public CitizenStatusView answer(@PathParam("token") String token, RequesterReply reply) {
        limit("status", 60 * perHour());
        Request request = requestBehind(token);
        work.answer(request.number(), request.requester().username(), validation.valid(reply).text());
        return CitizenStatusView.of(requestBehind(token), messages());
    }


    private Request requestBehind(String token) {
        return citizens.byStatusToken(token).orElseThrow(CitizenProblem::unknownStatusLink);
    }

    private void limit(String purpose, int allowed) {
        limiter.acquire("public " + purpose, identification.remoteAddress(), allowed, HOUR);
    }

    private int perHour() {
        return settings.number(Setting.PUBLIC_REQUESTS_PER_HOUR);
    }

    /** The form sends the language it speaks to the citizen in as the request's preferred language. */
    private LanguageTag formLanguage() {
        return formLanguage(headers.getAcceptableLanguages());
    }

    /** The offered language of the form's Accept-Language (vi, ja-x-easy, …), English for one not offered. */
    static LanguageTag formLanguage(List<Locale> acceptLanguage) {
        return LanguageTag.of(Messages.forPreferences(acceptLanguage).locale().toLanguageTag());
    }

    private Messages messages() {
        return Messages.forPreferences(headers.getAcceptableLanguages());
    }
}
