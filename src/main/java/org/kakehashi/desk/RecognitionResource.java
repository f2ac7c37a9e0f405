package org.kakehashi.desk;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.request.JobTarget;
import org.kakehashi.request.RequestNumber;

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
        List<LanguageTag> languages = targets.stream().map(JobTarget::named).toList();
        return recognition.of(RequestNumber.named(number), languages, identification.caller());
    }
}
