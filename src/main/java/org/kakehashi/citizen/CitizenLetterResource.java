package org.kakehashi.citizen;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.document.DocumentDownload;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.request.RequestNumber;

/** The photo or scan of the letter a citizen sent ({@link CitizenLetters}). */
@Path("requests/{number}/letter")
public class CitizenLetterResource {

    @Inject
    CitizenLetters letters;
    @Inject
    CallerIdentification identification;

    @GET
    @Produces(MediaType.WILDCARD)
    @APIResponse(responseCode = "200", description = "The letter as the citizen sent it: a PDF, JPEG or PNG file")
    @APIResponse(responseCode = "403", description = "Only the office reads a citizen's letter")
    @APIResponse(responseCode = "404", description = "No such request, none the caller may see, or no letter with it")
    public Response letter(@PathParam("number") String number) {
        DocumentDownload letter = letters.letterOf(RequestNumber.named(number), identification.caller());
        return Response.ok(letter.bytes())
                .type(letter.contentType())
                .header("Content-Disposition", letter.name().attachmentHeader())
                .build();
    }
}
