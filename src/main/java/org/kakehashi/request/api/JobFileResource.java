package org.kakehashi.request.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kakehashi.document.DocumentDownload;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.request.JobDocuments;
import org.kakehashi.request.JobTarget;
import org.kakehashi.request.RequestNumber;

/** A job's translated document, its layout kept (its exchange file is the translator's desk's). */
@Path("requests/{number}/jobs/{target}")
public class JobFileResource {

    @Inject
    JobDocuments documents;
    @Inject
    CallerIdentification identification;

    /** The requester's file with the job's translation in place, its layout kept. */
    @GET
    @Path("document")
    @Produces(MediaType.WILDCARD)
    public Response translatedDocument(@PathParam("number") String number, @PathParam("target") String target) {
        return download(documents.translated(RequestNumber.named(number), JobTarget.named(target),
                identification.caller()));
    }

    static Response download(DocumentDownload document) {
        return Response.ok(document.bytes())
                .type(document.contentType())
                .header("Content-Disposition", document.name().attachmentHeader())
                .build();
    }
}
