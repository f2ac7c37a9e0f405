package org.kakehashi.request.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kakehashi.document.DocumentDownload;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.document.ExchangeFormat;
import org.kakehashi.language.InvalidLanguageTagException;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.request.JobDocuments;
import org.kakehashi.request.RequestNumber;
import org.kakehashi.request.RequestProblem;

/** A job's files: its exchange file for the translator's CAT tool, and the translated document. */
@Path("requests/{number}/jobs/{target}")
public class JobFileResource {

    @Inject
    JobDocuments documents;
    @Inject
    CallerIdentification identification;

    /** The job's source as an XLIFF file for the translator's CAT tool: {@code format} 2.1 (the default) or 1.2. */
    @GET
    @Path("xliff")
    @Produces("application/xliff+xml")
    public Response jobXliff(@PathParam("number") String number, @PathParam("target") String target,
                             @QueryParam("format") String format) {
        RequestNumber parsed = RequestNumber.named(number);
        return Response.ok(documents.xliff(parsed, targetOf(target), ExchangeFormat.named("format", format),
                        identification.caller()))
                .header("Content-Disposition", new DocumentFileName(parsed.value() + "_" + target + ".xlf")
                        .attachmentHeader())
                .build();
    }

    /** The requester's file with the job's translation in place, its layout kept. */
    @GET
    @Path("document")
    @Produces(MediaType.WILDCARD)
    public Response translatedDocument(@PathParam("number") String number, @PathParam("target") String target) {
        return download(documents.translated(RequestNumber.named(number), targetOf(target), identification.caller()));
    }

    static Response download(DocumentDownload document) {
        return Response.ok(document.bytes())
                .type(document.contentType())
                .header("Content-Disposition", document.name().attachmentHeader())
                .build();
    }

    private static LanguageTag targetOf(String target) {
        try {
            return LanguageTag.of(target);
        } catch (InvalidLanguageTagException e) {
            throw RequestProblem.invalid("target", "language.invalid-tag", target);
        }
    }
}
