package org.kakehashi.desk;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.document.ExchangeFormat;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.Messages;
import org.kakehashi.request.JobTarget;
import org.kakehashi.request.RequestNumber;

import java.util.List;

/** A job on the translator's desk: its segments for the editor, its exchange file for a CAT tool. */
@Path("requests/{number}/jobs/{target}")
public class DeskResource {

    @Inject
    TranslatorsDesk desk;
    @Inject
    CallerIdentification identification;
    @Context
    HttpHeaders headers;

    /** The job's segments, each with the memory's matches and the translation to start from. */
    @GET
    @Path("segments")
    @Produces(MediaType.APPLICATION_JSON)
    public List<DeskSegment> segments(@PathParam("number") String number, @PathParam("target") String target) {
        return desk.segments(RequestNumber.named(number), JobTarget.named(target), identification.caller());
    }

    /**
     * What the quality checks found in the job's translations, in every round: each finding, when it was raised
     * and, when someone kept it, who and why; the reviewer reads them before approving.
     */
    @GET
    @Path("findings")
    @Produces(MediaType.APPLICATION_JSON)
    public List<DeskFinding> findings(@PathParam("number") String number, @PathParam("target") String target) {
        Messages messages = Messages.forPreferences(headers.getAcceptableLanguages());
        return desk.findings(RequestNumber.named(number), JobTarget.named(target), identification.caller()).stream()
                .map(finding -> DeskFinding.of(finding, messages))
                .toList();
    }

    /** The job's source as an XLIFF file for the translator's CAT tool: {@code format} 2.1 (the default) or 1.2. */
    @GET
    @Path("xliff")
    @Produces("application/xliff+xml")
    public Response jobXliff(@PathParam("number") String number, @PathParam("target") String target,
                             @QueryParam("format") String format) {
        RequestNumber parsed = RequestNumber.named(number);
        return Response.ok(desk.exchangeFile(parsed, JobTarget.named(target), ExchangeFormat.named("format", format),
                        identification.caller()))
                .header("Content-Disposition", new DocumentFileName(parsed.value() + "_" + target + ".xlf")
                        .attachmentHeader())
                .build();
    }
}
