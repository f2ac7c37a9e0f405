package org.kakehashi.handover;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.kakehashi.document.DocumentFileName;
import org.kakehashi.platform.identity.Caller;
import org.kakehashi.platform.identity.CallerIdentification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The handover pack and the style notes it carries, for the office. */
@Path("handover")
@Produces(MediaType.APPLICATION_JSON)
public class HandoverResource {

    public record NotesView(String text, long version, Instant changedAt, String changedBy) {

        static NotesView of(StyleNotes notes) {
            return new NotesView(notes.text(), notes.version(), notes.changedAt(), notes.changedBy());
        }
    }

    /** The notes as the coordinator wrote them, and the version they edited. */
    public record NotesForm(String text, Long version) {
    }

    @Inject
    Handover handover;
    @Inject
    HandoverPack pack;
    @Inject
    CallerIdentification identification;
    @Inject
    Clock clock;

    /** One ZIP for the next coordinator, made from the live data now; its README.txt says what each file is. */
    @GET
    @Path("pack")
    @Produces("application/zip")
    public Response pack() {
        Caller caller = identification.caller();
        Handover.requireOffice(caller);
        StreamingOutput zip = output -> pack.write(caller, output);
        return Response.ok(zip).header("Content-Disposition", new DocumentFileName(
                "kakehashi-handover_" + LocalDate.now(clock) + ".zip").attachmentHeader()).build();
    }

    @GET
    @Path("style-notes")
    public NotesView notes() {
        return NotesView.of(handover.notes(identification.caller()));
    }

    @PUT
    @Path("style-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public NotesView write(NotesForm form) {
        if (form == null || form.version() == null) {
            throw HandoverProblem.versionMissing();
        }
        return NotesView.of(handover.write(identification.caller(), form.text(), form.version()));
    }
}
