package org.kakehashi.desk;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestProblem;

import java.util.ArrayList;
import java.util.List;

/** What the memory knows of a request's text, for the coordinator's triage. */
@Path("requests/{number}/recognition")
public class RecognitionResource {

    @Inject
    TextRecognition recognition;
    @Inject
    CallerIdentification identification;

    /** For each target language ({@code target}, repeated): the earlier request it repeats, and the receipt. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Recognition> recognise(@PathParam("number") String number, @QueryParam("target") List<String> targets) {
        List<LanguageTag> languages = new ArrayList<>();
        for (String target : targets) {
            try {
                languages.add(LanguageTag.of(target));
            } catch (InvalidLanguageTagException e) {
                throw RequestProblem.invalid("target", "language.invalid-tag", target);
            }
        }
        return recognition.of(RequestNumber.named(number), languages, identification.caller());
    }
}
