package org.kakehashi.task;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.InputValidation;
import java.util.Map;

/** The caller's task list: open tasks, claim, complete. */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    Worklist worklist;
    @Inject
    CallerIdentification identification;
    @Inject
    InputValidation validation;

    /** A page of the caller's worklist, filtered and sorted, with its counts: {@link TaskListParameters}. */
    @GET
    public TaskPage open(@BeanParam TaskListParameters parameters) {
        return worklist.open(identification.caller(), parameters.selection());
    }

    /** One task of the caller's worklist; 404 when it is closed or not theirs to see. */
    @GET
    @Path("{id}")
    public OpenTask task(@PathParam("id") String id) {
        return worklist.open(identification.caller(), id);
    }

    @POST
    @Path("{id}/claim")
    @APIResponse(responseCode = "204", description = "The task is the caller's now")
    public void claim(@PathParam("id") String id) {
        TaskSteps.take(() -> worklist.claim(id, identification.caller()));
    }

    /** A translation written segment by segment in the editor: each segment's translation, by its id, with its tags. */
    public record SegmentsForm(Map<String, @Size(max = 20_000) String> segments) {
    }

    /** Completes a translation task with the translation the editor wrote, segment by segment. */
    @POST
    @Path("{id}/segments")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The translation taken; the job goes to review")
    public void completeWithSegments(@PathParam("id") String id, SegmentsForm form) {
        TaskSteps.take(() -> worklist.completeWithSegments(id, identification.caller(),
                form == null || form.segments() == null ? Map.of() : form.segments()));
    }

    /** Completes a translation task with the translated XLIFF 2.x or 1.2 file from the translator's CAT tool. */
    @POST
    @Path("{id}/xliff")
    @Consumes({"application/xliff+xml", MediaType.APPLICATION_XML, MediaType.APPLICATION_OCTET_STREAM})
    @APIResponse(responseCode = "204", description = "The translation taken from the file; the job goes to review")
    public void completeWithXliff(@PathParam("id") String id, byte[] xliff) {
        TaskSteps.take(() -> worklist.completeWithXliff(id, identification.caller(), xliff));
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The step taken; the request moves on to its next task")
    public void complete(@PathParam("id") String id, CompleteTaskForm form) {
        WorkStep.Completion completion = validation.valid(form).toCompletion();
        TaskSteps.take(() -> worklist.complete(id, identification.caller(), completion));
    }
}
