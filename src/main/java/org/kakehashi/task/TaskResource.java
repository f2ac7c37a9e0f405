package org.kakehashi.task;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.kakehashi.platform.identity.CallerIdentification;
import org.kakehashi.platform.problem.InputValidation;

import java.util.List;

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

    @GET
    public List<OpenTask> open(@QueryParam("group") String group) {
        return worklist.open(identification.caller(), group == null || group.isBlank() ? null : group.strip());
    }

    @POST
    @Path("{id}/claim")
    public void claim(@PathParam("id") String id) {
        TaskSteps.take(() -> worklist.claim(id, identification.caller()));
    }

    /** Completes a translation task with the translated XLIFF 2 file from the translator's CAT tool. */
    @POST
    @Path("{id}/xliff")
    @Consumes({"application/xliff+xml", MediaType.APPLICATION_XML, MediaType.APPLICATION_OCTET_STREAM})
    public void completeWithXliff(@PathParam("id") String id, byte[] xliff) {
        TaskSteps.take(() -> worklist.completeWithXliff(id, identification.caller(), xliff));
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public void complete(@PathParam("id") String id, CompleteTaskForm form) {
        WorkStep.Completion completion = validation.valid(form).toCompletion();
        TaskSteps.take(() -> worklist.complete(id, identification.caller(), completion));
    }
}
